import { Text } from './text-fields';

/** Step 4 (implement) is delivered through its milestones; after a return the enterprise sends a short report. */
export class ImplementDeliverableDto {
  @Text(4000, { description: 'Báo cáo thực hiện · implementation report' })
  report!: string;
}
