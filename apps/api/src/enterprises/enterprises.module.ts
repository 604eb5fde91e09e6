import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseEntity } from '../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import { CreateEnterpriseController } from './create-enterprise/create-enterprise.controller';
import { CreateEnterpriseService } from './create-enterprise/create-enterprise.service';
import { GetEnterpriseController } from './get-enterprise/get-enterprise.controller';

@Module({
  imports: [TypeOrmModule.forFeature([EnterpriseEntity, UserEntity])],
  controllers: [CreateEnterpriseController, GetEnterpriseController],
  providers: [CreateEnterpriseService],
})
export class EnterprisesModule {}
