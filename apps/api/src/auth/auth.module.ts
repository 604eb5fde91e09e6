import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshTokenEntity } from '../../../../libs/persistence/src/entities/identity/refresh-token.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import { AccessTokenService, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-token/access-token.service';
import { AccessGuard } from './access.guard';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { InMemoryLoginAttemptLimiter } from './login-attempts/in-memory-login-attempt-limiter';
import { LOGIN_ATTEMPT_LIMITER } from './login-attempts/login-attempt-limiter';
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
          useFactory: () => new InMemoryLoginAttemptLimiter(options.loginFailureLimit, options.loginFailureWindowSeconds * 1000),
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
