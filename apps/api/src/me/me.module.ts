import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseEntity } from '../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import { GetMeController } from './get-me/get-me.controller';
import { GetMeService } from './get-me/get-me.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, EnterpriseEntity])],
  controllers: [GetMeController],
  providers: [GetMeService],
})
export class MeModule {}
