import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { readStoredZip } from '../../libs/reports/src/read-stored-zip';
import { zipEntryNames } from '../../libs/storage/src/zip-entries';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const TDC = 'thanh-hoa/chi-cuc-tdc';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface StepFigures {
  stepCode: string;
  stepName: string;
  open: number;
  overdue: number;
  decided: number;
  onTimePercent: number | null;
  medianTurnaroundWorkingDays: number | null;
}
interface Dashboard {
  provinces: { provinceCode: string; departments: { departmentCode: string; departmentName: string; steps: StepFigures[] }[] }[];
}

/** The manager's dashboards on real servers, fed by cases submitted and decided through the API. */
describe('dashboards API (departments, exports) on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let driver: CaseDriver;
  let enterpriseA: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    const seeded = await seedDemoAccountsInto(stack.database.url);
    enterpriseA = seeded.enterprises['enterprise-a'];
    for (const username of ['enterprise.a', 'officer.tdc', 'manager', 'manager.hungyen', 'admin']) headers[username] = await loginAs(stack.baseUrl, username);
    driver = new CaseDriver(stack, headers);

    // Three cases reach intake (Chi cục TĐC); two are accepted, which opens two endorsements at Sở Công Thương.
    const ids: string[] = [];
    for (const title of ['Áp dụng ISO 9001 tại Công ty A', 'Áp dụng 5S tại Công ty A', 'Áp dụng Lean tại Công ty A']) {
      const draft = await driver.call('enterprise.a', 'POST', '/applications', {
        title,
        provinceCode: 'thanh-hoa',
        supportKind: 'management-systems',
        requestedAmountVnd: 300_000_000,
        sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
      });
      expect(draft.status).toBe(201);
      expect((await driver.call('enterprise.a', 'POST', `/applications/${draft.body.id}/submit`)).status).toBe(200);
      ids.push(draft.body.id as string);
    }
    for (const id of ids.slice(0, 2)) expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    await driver.awaitStep(ids[2], 'intake');
    for (const id of ids.slice(0, 2)) await driver.awaitStep(id, 'endorsement');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** The projection of decisions is asynchronous: read until the intake figures settle. */
  async function settledDashboard(username = 'manager', query = ''): Promise<Dashboard> {
    let last: Dashboard = { provinces: [] };
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await driver.call(username, 'GET', `/dashboard/departments${query}`);
      expect(response.status).toBe(200);
      last = response.body as unknown as Dashboard;
      if (intakeOf(last)?.decided === 2) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return last;
  }

  function intakeOf(dashboard: Dashboard): StepFigures | undefined {
    return dashboard.provinces
      .find((province) => province.provinceCode === 'thanh-hoa')
      ?.departments.find((department) => department.departmentCode === TDC)
      ?.steps.find((step) => step.stepCode === 'intake');
  }

  async function download(username: string, path: string, extra: Record<string, string> = {}) {
    const response = await fetch(`${stack.baseUrl}/api/v1${path}`, { headers: { ...headers[username], ...extra } });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('shows the manager open and decided tasks, on-time share and turnaround per department and step', async () => {
    const dashboard = await settledDashboard();
    expect(intakeOf(dashboard)).toEqual({
      stepCode: 'intake',
      stepName: 'Tiếp nhận, kiểm tra tính hợp lệ',
      open: 1,
      overdue: 0,
      decided: 2,
      onTimePercent: 100,
      medianTurnaroundWorkingDays: expect.any(Number),
    });
    const thanhHoa = dashboard.provinces.find((province) => province.provinceCode === 'thanh-hoa');
    const congThuong = thanhHoa?.departments.find((department) => department.departmentCode === 'thanh-hoa/so-cong-thuong');
    expect(congThuong?.steps.find((step) => step.stepCode === 'endorsement')).toMatchObject({ open: 2, decided: 0, onTimePercent: null, medianTurnaroundWorkingDays: null });
    expect(dashboard.provinces.map((province) => province.provinceCode)).toEqual(['thanh-hoa']);
  });

  it('filters by department and period, and names things in English on request', async () => {
    await settledDashboard();
    const onlyTdc = await driver.call('manager', 'GET', `/dashboard/departments?department=${encodeURIComponent(TDC)}`, undefined, { 'accept-language': 'en' });
    expect(onlyTdc.status).toBe(200);
    const [province] = (onlyTdc.body as unknown as Dashboard).provinces;
    expect(province.departments.map((department) => department.departmentCode)).toEqual([TDC]);
    expect(province.departments[0].steps[0]).toMatchObject({ stepCode: 'intake', stepName: 'Intake and completeness check' });

    const longAgo = await driver.call('manager', 'GET', '/dashboard/departments?from=2001-01-01&to=2001-12-31');
    expect(longAgo.body).toEqual({ provinces: [] });
    const backwards = await driver.call('manager', 'GET', '/dashboard/departments?from=2030-01-02&to=2030-01-01');
    expect(backwards.status).toBe(400);
    expect((await driver.call('manager', 'GET', '/dashboard/departments?from=2026-02-30')).status).toBe(400);
  });

  it('keeps each manager to their province, lets the administrator see all, and refuses enterprises', async () => {
    await settledDashboard();
    const hungYen = await driver.call('manager.hungyen', 'GET', '/dashboard/departments');
    expect(hungYen.status).toBe(200);
    expect(JSON.stringify(hungYen.body)).not.toContain('thanh-hoa');
    expect((await driver.call('manager.hungyen', 'GET', '/dashboard/departments?province=thanh-hoa')).status).toBe(403);
    const admin = await driver.call('admin', 'GET', '/dashboard/departments?province=thanh-hoa');
    expect(intakeOf(admin.body as unknown as Dashboard)).toMatchObject({ open: 1, decided: 2 });
    const enterprise = await driver.call('enterprise.a', 'GET', '/dashboard/departments');
    expect(enterprise.status).toBe(403);
    expect(enterprise.contentType).toContain('application/problem+json');
  });

  it('exports the departments dashboard as CSV with a BOM, a header row and the figures', async () => {
    await settledDashboard();
    const csv = await download('manager', '/dashboard/departments?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.disposition).toMatch(/^attachment; filename="dashboard-departments-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Mã tỉnh,Tỉnh,Mã đơn vị,Đơn vị,Mã bước,Bước,Đang mở,Quá hạn,Đã quyết định,Đúng hạn (%),Thời gian xử lý trung vị (ngày làm việc)',
    );
    const intake = lines.find((line) => line.includes(`,${TDC},`) && line.includes(',intake,'));
    expect(intake).toMatch(/^thanh-hoa,[^,]+,thanh-hoa\/chi-cuc-tdc,[^,]+,intake,"Tiếp nhận, kiểm tra tính hợp lệ",1,0,2,100,\d+(\.5)?$/);
    expect(lines.at(-1)).toBe('');

    const english = await download('manager', '/dashboard/departments?format=csv', { 'accept-language': 'en' });
    expect(english.bytes.subarray(3).toString('utf8')).toMatch(/^Province code,Province,Department code,Department,Step code,Step,Open,Overdue,Decided,On time \(%\),/);
  });

  it('exports the departments dashboard as an XLSX workbook holding the figures', async () => {
    await settledDashboard();
    const xlsx = await download('manager', '/dashboard/departments?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toBe(XLSX);
    expect(xlsx.disposition).toMatch(/^attachment; filename="dashboard-departments-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(zipEntryNames(xlsx.bytes)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const sheet = readStoredZip(xlsx.bytes)
      .find((entry) => entry.name === 'xl/worksheets/sheet1.xml')
      ?.data.toString('utf8');
    expect(sheet).toContain(`<t xml:space="preserve">${TDC}</t>`);
    expect(sheet).toContain('<t xml:space="preserve">Mã đơn vị</t>');
  });

  it('answers 400 problem+json naming the formats for an unknown one', async () => {
    const pdf = await driver.call('manager', 'GET', '/dashboard/departments?format=pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.contentType).toContain('application/problem+json');
    expect(JSON.stringify(pdf.body)).toContain('json, csv, xlsx');
    expect((await driver.call('manager', 'GET', '/dashboard/pilot-models?format=pdf')).status).toBe(400);
  });

  it('exports the pilot-model dashboard as CSV, one row per province and step', async () => {
    const created = await driver.call('manager', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'Mô hình điểm năng suất chất lượng tại Công ty A', provinceCode: 'thanh-hoa' });
    expect(created.status).toBe(201);
    const onAssess = '\r\nthanh-hoa,assess,Đánh giá thực trạng,1,';
    let text = '';
    for (let attempt = 0; attempt < 100 && !text.includes(onAssess); attempt += 1) {
      const csv = await download('manager', '/dashboard/pilot-models?format=csv');
      expect(csv.status).toBe(200);
      expect(csv.contentType).toBe('text/csv; charset=utf-8');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      text = csv.bytes.toString('utf8');
      if (!text.includes(onAssess)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toContain('Mã tỉnh,Mã bước,Bước,Số mô hình đang ở bước,Quá hạn,Số ngày làm việc trung bình\r\n');
    expect(text).toContain('\r\nthanh-hoa,assess,Đánh giá thực trạng,1,0,\r\n');
    expect(text).toContain('\r\nthanh-hoa,re-evaluate,');
    const json = await driver.call('manager', 'GET', '/dashboard/pilot-models');
    expect((json.body.provinces as { provinceCode: string; overduePerStep: Record<string, number> }[])[0]).toMatchObject({ provinceCode: 'thanh-hoa', overduePerStep: { assess: 0 } });
  });
});
