import { MiddlewareFn } from 'type-graphql';
import { cleanName, hasLetter, hasLoneSurrogate, MAX_STRING_ARGUMENT, normaliseText } from '../domain/text-hygiene';
import { BadUserInputError } from '../errors';

/** Argument and input fields holding a person's name (at any depth of an input). */
const NAME_FIELDS = new Set(['name', 'alias', 'nameAsWritten', 'participant']);
/** Of those, the ones that create or change a name (in mutations): they must contain a letter. */
const WRITTEN_NAMES = new Set(['name', 'alias', 'nameAsWritten']);

type Problem = { field: string; message: string };

/**
 * Every field's arguments, before type-graphql validates and converts them: strings are made
 * NFC (names also lose invisible format characters), and half characters, over-long strings and
 * names without a letter are refused — every problem at once, each with its path, nothing run.
 */
export const textArguments: MiddlewareFn = ({ args, info }, next) => {
  const problems: Problem[] = [];
  const writing = info.operation.operation === 'mutation';
  const visit = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) {
        problems.push({ field: path, message: 'contains a lone surrogate (half a character): not valid Unicode text' });
        return value;
      }
      if (value.length > MAX_STRING_ARGUMENT) problems.push({ field: path, message: `at most ${MAX_STRING_ARGUMENT} characters` });
      if (!NAME_FIELDS.has(key)) return normaliseText(value);
      const name = cleanName(value);
      if (writing && WRITTEN_NAMES.has(key) && name.length > 0 && !hasLetter(name)) problems.push({ field: path, message: 'a name must contain a letter' });
      return name;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) value[i] = visit(value[i], `${path}[${i}]`, key);
      return value;
    }
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [child, inner] of Object.entries(record)) record[child] = visit(inner, `${path}.${child}`, child);
      return record;
    }
    return value;
  };
  for (const [name, value] of Object.entries(args)) args[name] = visit(value, name, name);
  if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  return next();
};
