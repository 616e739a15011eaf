import { describe, expect, it } from 'vitest';
import { block } from '../test-support/parse-helpers.js';

describe('declarations', () => {
  it('reads locals with var, explicit types, several declarators and const', () => {
    expect(block('var a = 1, b = 2;')).toBe('(local var (= a 1) (= b 2))');
    expect(block('const int max = 3;')).toBe('(const int (= max 3))');
    expect(block('const string Key = "k";')).toBe('(const string (= Key "k"))');
    expect(block('int[] xs = { 1, 2 };')).toBe('(local int[] (= xs {1 2}))');
    expect(block('int[][] m = { new[] { 1 } };')).toBe(
      '(local int[][] (= m {(new-array <implicit> [] {1})}))',
    );
    expect(block('JObject o = new JObject(), p = null;')).toBe(
      '(local JObject (= o (new JObject ())) (= p null))',
    );
  });
});

describe('control flow', () => {
  it('reads if/else chains', () => {
    expect(block('if (a) return 1; else if (b) return 2; else return 3;')).toBe(
      '(if a (return 1) (if b (return 2) (return 3)))',
    );
    expect(block('if (a) { x = 1; }')).toBe('(if a (block (expr (= x 1))))');
  });

  it('attaches a dangling else to the nearest if', () => {
    expect(block('if (a) if (b) x(); else y();')).toBe('(if a (if b (expr (call x)) (expr (call y))))');
  });

  it('reads switch statements with case, pattern cases, guards, default and goto case', () => {
    expect(
      block(
        'switch (x) { case 1: case 2: return "a"; case "s": goto case 1; case int n when n > 5: break; default: return null; }',
      ),
    ).toBe(
      '(switch-statement x (section (case 1) (case 2) (return "a")) (section (case "s") (goto case 1)) (section (case (declare int n) (when (> n 5))) (break)) (section (default) (return null)))',
    );
    expect(block('switch (x) { case var v: goto default; default: break; }')).toBe(
      '(switch-statement x (section (case (var v)) (goto default)) (section (default) (break)))',
    );
    expect(block('switch (s) { case A.B | A.C: break; }')).toBe(
      '(switch-statement s (section (case (| (. A B) (. A C))) (break)))',
    );
    expect(block('switch (a, b) { default: break; }')).toBe(
      '(switch-statement (tuple a b) (section (default) (break)))',
    );
  });

  it('reads loops', () => {
    expect(block('while (i < n) i++;')).toBe('(while (< i n) (expr (post++ i)))');
    expect(block('do { i--; } while (i > 0);')).toBe('(do (block (expr (post-- i))) (> i 0))');
    expect(block('for (int i = 0, j = 1; i < n; i++, j++) { }')).toBe(
      '(for int (= i 0) (= j 1) (< i n) ((post++ i) (post++ j)) (block))',
    );
    expect(block('for (i = 0; ; ) break;')).toBe('(for ((= i 0)) _ () (break))');
    expect(block('for (;;) { continue; }')).toBe('(for () _ () (block (continue)))');
    expect(block('foreach (var x in xs) sum += x;')).toBe('(foreach var x xs (expr (+= sum x)))');
    expect(block('foreach (JProperty p in o.Properties()) { }')).toBe(
      '(foreach JProperty p (call (. o Properties)) (block))',
    );
    expect(block('foreach (var (k, v) in d) { }')).toBe('(foreach (decl var (k, v)) d (block))');
    expect(block('foreach ((var k, var v) in d) { }')).toBe(
      '(foreach (tuple (decl var k) (decl var v)) d (block))',
    );
  });

  it('reads jumps', () => {
    expect(block('return;')).toBe('(return)');
    expect(block('return x;')).toBe('(return x)');
    expect(block('throw;')).toBe('(throw)');
    expect(block('throw new Exception("m");')).toBe('(throw (new Exception ("m")))');
    expect(block('goto done; done: ;')).toBe('(goto label done) (label done (;))');
  });

  it('reads try/catch/finally with filters', () => {
    expect(
      block(
        'try { f(); } catch (FormatException e) when (e.Message != "") { } catch (Exception) { } catch { } finally { g(); }',
      ),
    ).toBe(
      '(try (block (expr (call f))) (catch FormatException e (when (!= (. e Message) "")) (block)) (catch Exception (block)) (catch (block)) (finally (block (expr (call g)))))',
    );
  });

  it('reads using, lock, checked and unchecked blocks', () => {
    expect(block('using (var h = new HMACSHA256(k)) { return h.ComputeHash(b); }')).toBe(
      '(using var (= h (new HMACSHA256 (k))) (block (return (call (. h ComputeHash) b))))',
    );
    expect(block('using (h) x();')).toBe('(using h (expr (call x)))');
    expect(block('lock (o) { }')).toBe('(lock o (block))');
    expect(block('checked { x++; }')).toBe('(checked (block (expr (post++ x))))');
    expect(block('unchecked { x++; }')).toBe('(unchecked (block (expr (post++ x))))');
    expect(block('checked(x++);')).toBe('(expr (checked (post++ x)))');
  });

  it('reads empty statements and nested blocks', () => {
    expect(block(';')).toBe('(;)');
    expect(block('{ { } }')).toBe('(block (block))');
    expect(block('')).toBe('');
  });
});

describe('a policy code block from the corpus', () => {
  it('reads a certificate check as written in a real policy', () => {
    const source = `
      if (context.Request.Certificate == null) { return "ClientCertificateNotFound"; }
      var now = DateTime.Now;
      // NotBefore and NotAfter are in local time
      if (context.Request.Certificate.NotBefore > now) { return "ClientCertificateNotYetValid"; }
      if (!context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint)) {
        return "ClientCertificateIdentityNotMatched";
      }
      return null;`;
    expect(block(source)).toBe(
      [
        '(if (== (. (. context Request) Certificate) null) (block (return "ClientCertificateNotFound")))',
        '(local var (= now (. DateTime Now)))',
        '(if (> (. (. (. context Request) Certificate) NotBefore) now) (block (return "ClientCertificateNotYetValid")))',
        '(if (! (call (. (. (. context Deployment) Certificates) Any) (lambda (c) (== (. (. c Value) Thumbprint) (. (. (. context Request) Certificate) Thumbprint))))) (block (return "ClientCertificateIdentityNotMatched")))',
        '(return null)',
      ].join(' '),
    );
  });
});
