import { constant, cypher, CypherText, join, Variable } from '../../../src/graph/translate/cypher-text';
import { TranslateScope } from '../../../src/graph/translate/scope';

describe('cypher (the tag every translated query is built with)', () => {
  it('accepts a scope variable, a parameter reference and nested Cypher text, verbatim', () => {
    const scope = new TranslateScope();
    const node = scope.variable();
    const id = scope.param('c-1');
    const inner = cypher`${node}.id = ${id}`;
    const text = cypher`MATCH (${node}:Consultation) WHERE ${inner} RETURN ${node}`;
    expect(text).toBeInstanceOf(CypherText);
    expect(text.text).toBe('MATCH (this0:Consultation) WHERE this0.id = $param0 RETURN this0');
    expect(scope.params).toEqual({ param0: 'c-1' });
    expect(join([node, inner], ', ').text).toBe('this0, this0.id = $param0');
    expect(constant('c.sortDate DESC').text).toBe('c.sortDate DESC');
  });

  it('refuses a plain string or a number at run time (a cast gets past the compiler, not past this)', () => {
    const request = "x}) DETACH DELETE (n";
    // @ts-expect-error a plain string is no Fragment
    expect(() => cypher`MATCH (${request})`).toThrow(/not a variable, parameter or Cypher text/);
    expect(() => cypher`MATCH (${request as Variable})`).toThrow(/not a variable, parameter or Cypher text/);
    // @ts-expect-error nor is a number
    expect(() => cypher`LIMIT ${10}`).toThrow(/not a variable, parameter or Cypher text/);
    expect(() => join([cypher`x`, "'; DROP" as Variable], ', ')).toThrow();
  });

  it('cannot be made outside its module (the constructor wants a token only the module holds)', () => {
    expect(() => new CypherText(Symbol('CypherText') as never, 'DETACH DELETE n')).toThrow(/made only by cypher-text.ts/);
  });
});
