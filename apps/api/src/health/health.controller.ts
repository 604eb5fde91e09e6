import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';

interface ComponentHealth {
  status: 'up' | 'down';
  error?: string;
}

/** Up only when both PostgreSQL and Temporal answer; load balancers and `npm start` poll it. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Tình trạng hệ thống (PostgreSQL và Temporal) · System health' })
  @ApiResponse({ status: 200, description: 'PostgreSQL và Temporal đều trả lời' })
  @ApiResponse({ status: 503, description: 'Ít nhất một thành phần không trả lời' })
  async check(@Res({ passthrough: true }) response: Response) {
    const [postgres, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporal.workflowService.getSystemInfo({})),
    ]);
    const up = postgres.status === 'up' && temporal.status === 'up';
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', components: { postgres, temporal } };
  }
}

async function probe(check: () => Promise<unknown>, timeoutMs = 3_000): Promise<ComponentHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)))]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
