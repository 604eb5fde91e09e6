import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditBreak, verifyAuditTrail } from '../libs/persistence/src/audit/verify-audit-trail';

const BREAKS: Readonly<Record<AuditBreak, string>> = {
  'hash-mismatch': 'nội dung dòng đã bị sửa · the row was edited after it was written',
  'previous-hash-mismatch': 'dòng không nối tiếp dòng trước (bị xóa, chèn hoặc sửa) · the row does not follow the one before it (removed, inserted or edited)',
};

/**
 * Recomputes the audit chain of the database at `databaseUrl` and prints the outcome.
 * Returns the process exit code: 0 when the chain is intact, 1 when it is broken or cannot be read.
 */
export async function main(databaseUrl: string | undefined, out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  if (!databaseUrl) {
    out('Thiếu DATABASE_URL · DATABASE_URL is not set');
    return 1;
  }
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, extra: { max: 1, application_name: 'nscl-audit-verify' } });
  try {
    await dataSource.initialize();
    const result = await verifyAuditTrail(dataSource);
    if (result.ok) {
      out(`Nhật ký kiểm toán toàn vẹn · audit trail intact: ${result.checked} rows checked${result.lastHash ? `, last seq ${result.lastSeq}, hash ${result.lastHash}` : ''}`);
    } else {
      out(`Nhật ký kiểm toán bị thay đổi tại dòng ${result.firstBrokenSeq} · audit trail broken at seq ${result.firstBrokenSeq}: ${BREAKS[result.reason]}`);
    }
    out(JSON.stringify(result));
    return result.ok ? 0 : 1;
  } catch (error) {
    out(`Không kiểm tra được nhật ký · could not verify the audit trail: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

if (require.main === module) {
  void main(process.env.DATABASE_URL).then((code) => {
    process.exitCode = code;
  });
}
