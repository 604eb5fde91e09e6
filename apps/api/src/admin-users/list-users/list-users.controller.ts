import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { UserPageView, UserView } from '../user.view';
import { ListUsersQuery } from './list-users.query';

const SORT_COLUMNS = { username: 'user.username', displayName: 'user.displayName', createdAt: 'user.createdAt' } as const;

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class ListUsersController {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  @Get()
  @RequireAction('admin.users')
  @ApiOperation({ summary: 'Danh sách tài khoản · List user accounts' })
  @ApiOkResponse({ type: UserPageView })
  async list(@Query() query: ListUsersQuery): Promise<UserPageView> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const sort = query.sort ?? 'username';
    const descending = sort.startsWith('-');
    const column = SORT_COLUMNS[(descending ? sort.slice(1) : sort) as keyof typeof SORT_COLUMNS];

    const builder = this.users.createQueryBuilder('user');
    if (query.role) builder.andWhere(':role = ANY(user.roles)', { role: query.role });
    if (query.provinceCode) builder.andWhere('user.provinceCode = :provinceCode', { provinceCode: query.provinceCode });
    const [rows, total] = await builder
      .orderBy(column, descending ? 'DESC' : 'ASC')
      .addOrderBy('user.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map((row) => UserView.of(row)), total, page, pageSize };
  }
}
