import type { Server } from 'node:http';
import { INestApplication, LogLevel, RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule, ApiModuleOptions } from './api.module';
import { applyHttpSecurity } from './http-security/http-security';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { validationProblem } from './problem/validation-problems';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application exactly as production runs it; tests use it too. */
export async function createApiApp(options: ApiModuleOptions, logger: LogLevel[] = ['error', 'warn', 'log']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), { logger });
  // Behind a reverse proxy the client's address is in X-Forwarded-For; believed only from the proxies named.
  app.set('trust proxy', options.trustProxy ?? false);
  applyHttpSecurity(app, { corsOrigins: options.corsOrigins });
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The target lets validationProblem read each rule's arguments ("at most 500 characters").
      validationError: { target: true, value: false },
      exceptionFactory: validationProblem,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  // Idle keep-alive sockets outlive any client's or proxy's (60 s is common), so no client reuses a
  // socket at the moment the server closes it (ECONNRESET; nodejs/undici#3141). Node's default is 5 s.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('NSCL — Hệ thống quản lý nhiệm vụ năng suất chất lượng')
      .setDescription('API quy trình hỗ trợ doanh nghiệp nâng cao năng suất chất lượng · Productivity-and-quality programme workflow API')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
