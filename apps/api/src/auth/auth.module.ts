import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RefreshTokenEntity } from '../../../../libs/persistence/src/entities/identity/refresh-token.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import { AccessTokenService, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-token/access-token.service';
import { AccessGuard } from './access.guard';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { LOGIN_ATTEMPT_LIMITER } from './login-attempts/login-attempt-limiter';
import { PostgresLoginAttemptLimiter } from './login-attempts/postgres-login-attempt-limiter';
import { LoginController } from './login/login.controller';
import { LoginService } from './login/login.service';
import { LogoutController } from './logout/logout.controller';
import { RefreshController } from './refresh/refresh.controller';
import { SessionService } from './sessions/session.service';

/** Sign-in, token rotation and the global access guard. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity]),
        JwtModule.register({
          secret: options.jwtSecret,
          signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
          // Pinning the algorithm refuses "alg: none" and key-confusion tokens.
          verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        }),
      ],
      controllers: [LoginController, RefreshController, LogoutController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        {
          provide: LOGIN_ATTEMPT_LIMITER,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) =>
            new PostgresLoginAttemptLimiter(dataSource, {
              perUsername: options.loginFailureLimit,
              perAddress: options.loginFailuresPerAddressLimit,
              windowSeconds: options.loginFailureWindowSeconds,
            }),
        },
        AccessTokenService,
        SessionService,
        LoginService,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AccessTokenService],
    };
  }
}
