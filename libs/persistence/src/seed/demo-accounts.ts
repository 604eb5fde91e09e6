import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { classifyEnterpriseSize } from '../../../domain/src/enterprises/classify-size';
import type { Sector } from '../../../domain/src/enterprises/sector';
import { parseTaxCode } from '../../../domain/src/enterprises/tax-code';
import { toVnd } from '../../../domain/src/money/vnd';
import { DEMO_ACCOUNTS } from '../../../domain/src/identity/demo-accounts.seed';
import type { DemoAccount } from '../../../domain/src/identity/demo-account';

/** The demo enterprises the demo enterprise users act for (Thanh Hóa; tax codes with valid check digits). */
export const DEMO_ENTERPRISES: readonly DemoEnterprise[] = [
  {
    key: 'enterprise-a',
    taxCode: '2801234564',
    name: 'Công ty Cổ phần Chế biến Nông sản A',
    sector: 'agriculture-forestry-fishery',
    staff: 85,
    revenueVnd: 42_000_000_000,
    capitalVnd: 18_000_000_000,
    provinceCode: 'thanh-hoa',
    address: 'Khu công nghiệp Lễ Môn, phường Quảng Hưng, tỉnh Thanh Hóa',
  },
  {
    key: 'enterprise-b',
    taxCode: '2807654325',
    name: 'Công ty TNHH Cơ khí Chính xác B',
    sector: 'industry-construction',
    staff: 160,
    revenueVnd: 150_000_000_000,
    capitalVnd: 80_000_000_000,
    provinceCode: 'thanh-hoa',
    address: 'Khu kinh tế Nghi Sơn, tỉnh Thanh Hóa',
  },
];

export interface DemoEnterprise {
  readonly key: string;
  readonly taxCode: string;
  readonly name: string;
  readonly sector: Sector;
  readonly staff: number;
  readonly revenueVnd: number;
  readonly capitalVnd: number;
  readonly provinceCode: string;
  readonly address: string;
}

export interface DemoSeedResult {
  /** Usernames inserted by this run (empty when every account already existed). */
  readonly created: string[];
  /** Existing demo accounts whose password was reset to `password` (DEMO_PASSWORD changed). */
  readonly passwordReset: string[];
  /** Every demo account's user id (and enterprise id for enterprise users). */
  readonly users: Readonly<Record<string, { id: string; enterpriseId: string | null }>>;
  /** Enterprise id by demo key ('enterprise-a', 'enterprise-b'). */
  readonly enterprises: Readonly<Record<string, string>>;
}

export class DemoSeedRefused extends Error {
  constructor(reason: string) {
    super(`Demo accounts were not seeded: ${reason}`);
    this.name = 'DemoSeedRefused';
  }
}

/**
 * Creates exactly the users of DEMO_ACCOUNTS (and demo enterprises A and B), all with `password`.
 * Idempotent: existing rows are kept (an administrator may have edited them); only a demo password
 * that no longer matches is reset, so the documented DEMO_PASSWORD always works.
 * Refuses to run when NODE_ENV=production: demo accounts with a published password must never
 * exist on a real instance. Councils do not exist yet, so council members get no council ids.
 */
export async function seedDemoAccounts(dataSource: DataSource, password: string, nodeEnv: string | undefined = process.env.NODE_ENV): Promise<DemoSeedResult> {
  if (nodeEnv === 'production') throw new DemoSeedRefused('NODE_ENV is production');
  if (password.length < 8) throw new DemoSeedRefused('the demo password must have at least 8 characters');

  // One hash for all: the accounts share a published password, and 20 argon2 hashes would slow every start.
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent seeders (two launchers on one database) without blocking anything else.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('nscl:seed-demo-accounts'))`);
    const enterprises = await seedEnterprises(manager);
    const created: string[] = [];
    const passwordReset: string[] = [];
    const users: Record<string, { id: string; enterpriseId: string | null }> = {};
    // Demo accounts usually share one hash: check each distinct hash once (argon2 is slow on purpose).
    const verified = new Map<string, Promise<boolean>>();
    const matches = (hash: string): Promise<boolean> => {
      let result = verified.get(hash);
      if (result === undefined) {
        result = argon2.verify(hash, password);
        verified.set(hash, result);
      }
      return result;
    };
    for (const account of DEMO_ACCOUNTS) {
      const enterpriseId = account.enterpriseKey !== undefined ? enterprises[account.enterpriseKey] : null;
      const existing = await manager.query<{ id: string; password_hash: string; enterprise_id: string | null }[]>(
        `SELECT id, password_hash, enterprise_id FROM users WHERE username = $1`,
        [account.username],
      );
      if (existing.length > 0) {
        const [row] = existing;
        if (!(await matches(row.password_hash))) {
          await manager.query(`UPDATE users SET password_hash = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [row.id, passwordHash]);
          passwordReset.push(account.username);
        }
        users[account.username] = { id: row.id, enterpriseId: row.enterprise_id };
        continue;
      }
      const id = randomUUID();
      await insertUser(manager, id, account, passwordHash, enterpriseId);
      created.push(account.username);
      users[account.username] = { id, enterpriseId };
    }
    return { created, passwordReset, users, enterprises };
  });
}

async function seedEnterprises(manager: EntityManager): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const enterprise of DEMO_ENTERPRISES) {
    const taxCode = parseTaxCode(enterprise.taxCode).value;
    const sizeClass = classifyEnterpriseSize({
      sector: enterprise.sector,
      staff: enterprise.staff,
      revenueVnd: toVnd(enterprise.revenueVnd, 'revenueVnd'),
      capitalVnd: toVnd(enterprise.capitalVnd, 'capitalVnd'),
    }).sizeClass;
    await manager.query(
      `INSERT INTO enterprises (id, tax_code, name, sector, staff, revenue_vnd, capital_vnd, size_class, province_code, address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (tax_code) DO NOTHING`,
      [randomUUID(), taxCode, enterprise.name, enterprise.sector, enterprise.staff, enterprise.revenueVnd, enterprise.capitalVnd, sizeClass, enterprise.provinceCode, enterprise.address],
    );
    const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM enterprises WHERE tax_code = $1`, [taxCode]);
    ids[enterprise.key] = row.id;
  }
  return ids;
}

async function insertUser(manager: EntityManager, id: string, account: DemoAccount, passwordHash: string, enterpriseId: string | null): Promise<void> {
  await manager.query(
    `INSERT INTO users (id, username, password_hash, display_name, roles, province_code, department_code, enterprise_id, is_unit_head, is_approver, council_ids, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{}', $11)`,
    [
      id,
      account.username,
      passwordHash,
      demoDisplayName(account),
      [...account.roles],
      account.provinceCode,
      account.departmentCode ?? null,
      enterpriseId,
      account.isUnitHead === true,
      account.isApprover === true,
      `${account.username}@demo.nscl.invalid`,
    ],
  );
}

/** "Tài khoản demo officer.tdc": obviously a demo account wherever the name shows. */
function demoDisplayName(account: DemoAccount): string {
  return `Tài khoản demo ${account.username}`;
}
