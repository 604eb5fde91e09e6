import { getMetadataStorage, ValidationError } from 'class-validator';
import { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';
import { LocalizedFieldProblem, ProblemException } from './problem';

type Template = (args: unknown[]) => LocalizedText;

/** What each class-validator rule means, in words a person reads; arguments come from the rule's metadata. */
const TEMPLATES: Record<string, Template> = {
  isDefined: () => ({ vi: 'là bắt buộc', en: 'is required' }),
  isObject: () => ({ vi: 'phải là một đối tượng', en: 'must be an object' }),
  isNotEmpty: () => ({ vi: 'không được để trống', en: 'must not be empty' }),
  isString: () => ({ vi: 'phải là chuỗi ký tự', en: 'must be a string' }),
  isInt: () => ({ vi: 'phải là số nguyên', en: 'must be an integer' }),
  isNumber: () => ({ vi: 'phải là số', en: 'must be a number' }),
  isBoolean: () => ({ vi: 'phải là true hoặc false', en: 'must be true or false' }),
  isUuid: () => ({ vi: 'phải là UUID', en: 'must be a UUID' }),
  isEmail: () => ({ vi: 'phải là địa chỉ e-mail', en: 'must be an e-mail address' }),
  isDateString: () => ({ vi: 'phải là ngày theo ISO 8601', en: 'must be an ISO 8601 date' }),
  isIso8601: () => ({ vi: 'phải là ngày theo ISO 8601', en: 'must be an ISO 8601 date' }),
  isArray: () => ({ vi: 'phải là danh sách', en: 'must be an array' }),
  isEnum: (args) => ({ vi: `phải là một trong: ${enumValues(args[0])}`, en: `must be one of: ${enumValues(args[0])}` }),
  isIn: (args) => ({ vi: `phải là một trong: ${list(args[0])}`, en: `must be one of: ${list(args[0])}` }),
  min: (args) => ({ vi: `phải lớn hơn hoặc bằng ${args[0]}`, en: `must not be less than ${args[0]}` }),
  max: (args) => ({ vi: `phải nhỏ hơn hoặc bằng ${args[0]}`, en: `must not be greater than ${args[0]}` }),
  minLength: (args) => ({ vi: `phải dài ít nhất ${args[0]} ký tự`, en: `must be at least ${args[0]} characters long` }),
  maxLength: (args) => ({ vi: `dài tối đa ${args[0]} ký tự`, en: `must be at most ${args[0]} characters long` }),
  matches: () => ({ vi: 'không đúng định dạng', en: 'has the wrong format' }),
  whitelistValidation: () => ({ vi: 'là trường không được phép', en: 'is not an allowed field' }),
  nestedValidation: () => ({ vi: 'phải là một đối tượng hợp lệ', en: 'must be a valid object' }),
};

const list = (values: unknown): string => (Array.isArray(values) ? values.join(', ') : String(values));
const enumValues = (values: unknown): string => (values && typeof values === 'object' ? Object.values(values).join(', ') : String(values));

function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((entry) => entry.propertyName === error.property && (entry.name ?? entry.type) === constraint);
  return metadata?.constraints ?? [];
}

function flatten(errors: ValidationError[], prefix = ''): LocalizedFieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => {
      const template = TEMPLATES[constraint];
      const message = template ? template(constraintArguments(error, constraint)) : { vi: english, en: english };
      return { field, message: { vi: `${field} ${message.vi}`, en: `${field} ${message.en}` } };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The ValidationPipe's exceptionFactory: one problem naming every field at fault. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  const fieldProblems = flatten(errors);
  const fields = [...new Set(fieldProblems.map((problem) => problem.field))].join(', ');
  return new ProblemException(
    400,
    'validation',
    { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    { vi: `Dữ liệu gửi lên không hợp lệ ở: ${fields}`, en: `The request has invalid fields: ${fields}` },
    fieldProblems,
  );
}
