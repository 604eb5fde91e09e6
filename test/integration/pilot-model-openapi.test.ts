import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STEPS = ['assess', 'select', 'plan', 'implement', 'evaluate', 're-evaluate'];

/** /docs alone tells a client what each pilot-model step takes: one typed deliverable per step, discriminated by step. */
describe('the OpenAPI document of the pilot-model routes', () => {
  let stack: TestStack;
  let document: Schema;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const response = await http<Schema>(stack.baseUrl, 'GET', '/docs-json');
    expect(response.status).toBe(200);
    document = response.body;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[String(schema.$ref).replace('#/components/schemas/', '')] as Schema);
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  /** Paths (as `where`) of every object in the schema that says nothing of its fields. */
  function bareObjects(schema: Schema, where: string, seen = new Set<Schema>()): string[] {
    const resolved = resolve(schema);
    if (seen.has(resolved)) return [];
    seen.add(resolved);
    const variants = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])] as Schema[];
    if (variants.length > 0) return variants.flatMap((variant, index) => bareObjects(variant, `${where}|${index}`, seen));
    if (resolved.type === 'array') return resolved.items ? bareObjects(resolved.items, `${where}[]`, seen) : [`${where}[]`];
    const bare = resolved.type === 'object' || (resolved.type === undefined && resolved.properties === undefined && resolved.enum === undefined);
    if (bare && Object.keys(resolved.properties ?? {}).length === 0) return [where];
    return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => bareObjects(property as Schema, `${where}.${name}`, seen));
  }

  it('describes every pilot-model request body field by field: none is a bare object', () => {
    const bodies = Object.entries(document.paths as Schema)
      .filter(([path]) => path.startsWith('/api/v1/pilot-models'))
      .flatMap(([path, operations]) =>
        Object.entries(operations as Schema).flatMap(([method, operation]) => {
          const schema = (operation as Schema).requestBody?.content?.['application/json']?.schema as Schema | undefined;
          return schema ? [{ where: `${method.toUpperCase()} ${path}`, schema }] : [];
        }),
      );
    expect(bodies.map((body) => body.where)).toEqual(expect.arrayContaining(['POST /api/v1/pilot-models/{id}/steps/{step}/submission', 'POST /api/v1/pilot-models']));
    expect(bodies.flatMap((body) => bareObjects(body.schema, body.where))).toEqual([]);
  });

  it('gives each step its own deliverable, discriminated by step', () => {
    const body = document.paths['/api/v1/pilot-models/{id}/steps/{step}/submission'].post.requestBody.content['application/json'].schema as Schema;
    expect(body.discriminator.propertyName).toBe('step');
    expect(Object.keys(body.discriminator.mapping)).toEqual(STEPS);
    expect(body.oneOf).toHaveLength(STEPS.length);
    const deliverables = STEPS.map((step) => {
      const submission = resolve({ $ref: body.discriminator.mapping[step] });
      expect(body.oneOf).toContainEqual({ $ref: body.discriminator.mapping[step] });
      expect(submission.properties.step.enum).toEqual([step]);
      expect(submission.required).toEqual(expect.arrayContaining(['step', 'deliverable']));
      return resolve(submission.properties.deliverable);
    });
    const [assess, select, plan, implement, evaluate, reEvaluate] = deliverables;
    expect(resolve(assess.properties.measurements.items).required).toEqual(expect.arrayContaining(['indicator', 'unit', 'value', 'date', 'source']));
    const item = resolve(select.properties.items.items);
    expect(item.properties.catalogue.enum).toEqual(expect.arrayContaining(['management-systems', 'improvement-tools', 'standards', 'measurement-contents', 'technology']));
    expect(item.required).toEqual(expect.arrayContaining(['catalogue', 'code', 'reason']));
    expect(resolve(plan.properties.milestones.items).required).toEqual(expect.arrayContaining(['itemCode', 'title', 'owner', 'dueDate', 'budgetLine']));
    expect(implement.required).toEqual(['report']);
    expect(evaluate.properties.recognitions.items.discriminator.propertyName).toBe('kind');
    expect(Object.keys(evaluate.properties.recognitions.items.discriminator.mapping)).toEqual(['certificate', 'recognition']);
    expect(reEvaluate.required).toEqual(expect.arrayContaining(['measurements', 'conclusion']));
  });
});
