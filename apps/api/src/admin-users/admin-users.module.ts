import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseEntity } from '../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import { CreateUserController } from './create-user/create-user.controller';
import { CreateUserService } from './create-user/create-user.service';
import { ListUsersController } from './list-users/list-users.controller';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, EnterpriseEntity])],
  controllers: [ListUsersController, CreateUserController],
  providers: [CreateUserService],
})
export class AdminUsersModule {}
