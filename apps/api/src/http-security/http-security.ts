import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

export interface HttpSecurityOptions {
  /** Other origins whose pages may call the API (CORS_ORIGINS); none by default: same origin only. */
  corsOrigins?: readonly string[];
}

/**
 * Headers every response carries. The CSP lets the web application (scripts and styles from this
 * origin; Ant Design writes its styles inline) and the OpenAPI UI work and nothing else run;
 * no page may frame ours. Plain HTTP stays usable (an office intranet), so no upgrade to HTTPS.
 */
export function applyHttpSecurity(app: NestExpressApplication, options: HttpSecurityOptions = {}): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  // API answers carry personal data and tokens: no cache keeps them (a route may say otherwise).
  app.use('/api', (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) app.enableCors({ origin: [...origins], methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], maxAge: 600 });
}
