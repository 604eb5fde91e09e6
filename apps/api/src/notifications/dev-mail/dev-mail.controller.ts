import * as fs from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, Inject, Param, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readSinkMailbox, type ReceivedMail } from '../../../../../libs/local-servers/src/smtp-sink';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProblemException } from '../../problem/problem';

export const DEV_MAIL_DIR = Symbol('DEV_MAIL_DIR');

/**
 * What the embedded SMTP sink received (npm start on embedded defaults), so a developer sees the
 * e-mails without a mail server. Registered only outside production and only when the sink runs;
 * it holds every user's mail, so only the administrator may read it.
 */
@ApiExcludeController()
@RequireAction('admin.dev-mail')
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(DEV_MAIL_DIR) private readonly dir: string) {}

  @Get()
  async list(): Promise<{ items: ReceivedMail[]; total: number }> {
    const items = await readSinkMailbox(this.dir);
    return { items, total: items.length };
  }

  /** The raw message, to open in a mail client. */
  @Get(':id')
  raw(@Param('id') id: string): StreamableFile {
    const file = path.join(this.dir, `${id}.eml`);
    // Ids are the sink's own (timestamp-sequence-hex): nothing else may name a file.
    if (!/^[0-9A-Za-z-]+$/.test(id) || !fs.existsSync(file)) {
      throw new ProblemException(404, 'mail-not-found', { vi: 'Không tìm thấy thư', en: 'Mail not found' }, { vi: `Không có thư ${id}.`, en: `There is no mail ${id}.` });
    }
    return new StreamableFile(fs.createReadStream(file), { type: 'message/rfc822', disposition: `inline; filename="${id}.eml"` });
  }
}
