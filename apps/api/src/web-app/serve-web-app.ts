import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { webAppDirectory } from './web-app-directory';

/** Paths the API owns; everything else a browser GETs is the single-page application. */
const API_PATHS = /^\/(api\/|docs(-json)?(\/|$)|health(\/|$))/;

/**
 * Serves the built web application at `/` with a single-page fallback: a browser asking for any
 * other page (a link in a notification, `/tasks/{id}`) gets index.html and the client routes it.
 */
export function serveWebApp(app: INestApplication): void {
  const directory = webAppDirectory();
  const assets = directory ? express.static(directory, { index: false, maxAge: '1y', immutable: true }) : undefined;
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path)) return next();
    const sendPage = () => {
      // Only a browser asking for a page (Accept: text/html); API clients keep their JSON 404.
      if (!(request.headers.accept ?? '').includes('text/html')) return next();
      if (!directory) {
        response.status(503).type('html').send('<!doctype html><html lang="vi"><meta charset="utf-8"><title>NSCL</title><p>Ứng dụng web chưa được build: chạy <code>npm run build</code>. · The web app is not built: run <code>npm run build</code>.</p></html>');
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(path.join(directory, 'index.html'));
    };
    if (!assets || request.path === '/' || request.path === '/index.html') return sendPage();
    assets(request, response, sendPage);
  });
}
