// Builds the package into dist/ (or the folder given as the first argument): ES modules and
// declarations from src/, with dist/app-router.d.ts written anew from the router's own declaration.
// That declaration names the server's context (its database, mailer and Redis types) and the
// procedures' OpenAPI metadata; a client needs neither, so both are erased to `object`, leaving
// every procedure's input, output and error shape, and nothing that imports a server package.
// Run with plain Node (it strips the types): `node build.ts`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const packageDir = import.meta.dirname;
const sourceDir = join(packageDir, 'src');
const routerFile = join(packageDir, '../api/src/root.ts');
const outDir = resolve(process.argv[2] ?? join(packageDir, 'dist'));

/** What the built files may import: the package's own modules, its dependency and its peers. */
const ALLOWED_IMPORTS = new Set(['@trpc/client', '@trpc/server', 'superjson']);
const TRPC_SERVER = '@trpc/server';
const PROCEDURE_TYPES = new Set([
  'TRPCQueryProcedure',
  'TRPCMutationProcedure',
  'TRPCSubscriptionProcedure',
]);
/** Types of the server's modules that the client declares itself, by the same name. */
const CLIENT_OWN_TYPES: Record<string, { module: string; name: string }> = {
  './errors': { module: './errors.js', name: 'AccountsErrorReason' },
};

function fail(message: string): never {
  console.error(`@dyocense/client build: ${message}`);
  process.exit(1);
}

function failOnDiagnostics(diagnostics: readonly ts.Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => packageDir,
    getNewLine: () => '\n',
  };
  fail(`\n${ts.formatDiagnosticsWithColorAndContext(diagnostics, host)}`);
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => failOnDiagnostics([diagnostic]),
    },
  );
  if (!config) fail('cannot read tsconfig.json');
  return {
    ...config.options,
    noEmit: false,
    declaration: true,
    sourceMap: false,
    rootDir: sourceDir,
    outDir,
  };
}

function qualifierName(node: ts.ImportTypeNode): string {
  return node.qualifier && ts.isIdentifier(node.qualifier) ? node.qualifier.text : '';
}

function moduleOf(node: ts.ImportTypeNode): string {
  const { argument } = node;
  return ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)
    ? argument.literal.text
    : '';
}

/** `{ ctx: …; meta: …; … }` with the named members' types replaced by `object`. */
function eraseMembers(node: ts.TypeNode, names: ReadonlySet<string>): ts.TypeNode {
  if (!ts.isTypeLiteralNode(node)) return node;
  const object = ts.factory.createKeywordTypeNode(ts.SyntaxKind.ObjectKeyword);
  const members = node.members.map((member) =>
    ts.isPropertySignature(member) && ts.isIdentifier(member.name) && names.has(member.name.text)
      ? ts.factory.updatePropertySignature(
          member,
          member.modifiers,
          member.name,
          member.questionToken,
          object,
        )
      : member,
  );
  return ts.factory.updateTypeLiteralNode(node, ts.factory.createNodeArray(members));
}

const ERASED_OF_ROUTER = new Set(['ctx', 'meta']);
const ERASED_OF_PROCEDURE = new Set(['meta']);

/** A type with the names it imports, by module: printed with `import type` (which tsc checks). */
interface ClientType {
  type: ts.TypeNode;
  imports: Map<string, Set<string>>;
}

/**
 * The router's type with its context and metadata erased, and each `import("m").Name` turned
 * into `Name` imported from m (tsc leaves the type arguments of an `import()` type unchecked).
 * Fails on a reference the client cannot carry.
 */
function clientRouterType(routerType: ts.TypeNode): ClientType {
  const unsupported = new Set<string>();
  const imports = new Map<string, Set<string>>();
  const imported = (
    module: string,
    name: string,
    typeArguments: readonly ts.TypeNode[] | undefined,
  ) => {
    const names = imports.get(module) ?? new Set<string>();
    imports.set(module, names.add(name));
    return ts.factory.createTypeReferenceNode(name, typeArguments);
  };
  const visit = (node: ts.Node): ts.Node => {
    if (!ts.isImportTypeNode(node)) {
      if (ts.isTypeQueryNode(node)) unsupported.add(`typeof ${node.exprName.getText()}`);
      return ts.visitEachChild(node, visit, undefined);
    }
    const module = moduleOf(node);
    const name = qualifierName(node);
    const own = CLIENT_OWN_TYPES[module];
    if (own && own.name === name) return imported(own.module, name, undefined);
    if (module !== TRPC_SERVER || !name) {
      unsupported.add(`import("${module}").${name}`);
      return node;
    }
    const [first, ...rest] = node.typeArguments ?? [];
    const erased =
      name === 'TRPCBuiltRouter'
        ? ERASED_OF_ROUTER
        : PROCEDURE_TYPES.has(name)
          ? ERASED_OF_PROCEDURE
          : undefined;
    const typeArguments = first && [erased ? eraseMembers(first, erased) : first, ...rest];
    return imported(
      module,
      name,
      typeArguments?.map((argument) => ts.visitNode(argument, visit) as ts.TypeNode),
    );
  };
  const type = ts.visitNode(routerType, visit) as ts.TypeNode;
  if (unsupported.size > 0) {
    fail(
      `the router's types refer to ${[...unsupported].join(', ')}, which the client cannot ` +
        'carry: give such inputs and outputs plain types (or teach build.ts to erase them)',
    );
  }
  return { type, imports };
}

/** The server's declaration of `appRouter`, as `tsc --declaration` writes it. */
function routerDeclaration(options: ts.CompilerOptions, oldProgram: ts.Program): ts.TypeNode {
  const program = ts.createProgram({
    rootNames: [routerFile],
    options: { ...options, rootDir: undefined, outDir: undefined, emitDeclarationOnly: true },
    oldProgram,
  });
  let text = '';
  const routerSource = program.getSourceFile(routerFile) ?? fail(`cannot read ${routerFile}`);
  const emitted = program.emit(
    routerSource,
    (_name, contents) => (text = contents),
    undefined,
    true,
  );
  failOnDiagnostics(emitted.diagnostics);
  const declaration = ts.createSourceFile('root.d.ts', text, ts.ScriptTarget.Latest, true);
  for (const statement of declaration.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const variable of statement.declarationList.declarations) {
      if (ts.isIdentifier(variable.name) && variable.name.text === 'appRouter' && variable.type) {
        return variable.type;
      }
    }
  }
  return fail(`no declaration of appRouter in ${routerFile}`);
}

/** Writes dist/app-router.d.ts (over the one tsc wrote) and returns its path. */
function writeRouterDeclaration({ type, imports }: ClientType): string {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const printed = printer.printNode(ts.EmitHint.Unspecified, type, type.getSourceFile());
  imports.set(
    TRPC_SERVER,
    (imports.get(TRPC_SERVER) ?? new Set()).add('inferRouterInputs').add('inferRouterOutputs'),
  );
  const importLines = [...imports].map(
    ([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${module}';`,
  );
  const text = [
    "// Generated by build.ts from the server's router: every procedure's input, output and error",
    '// shape, with the server context and procedure metadata erased (a client needs neither).',
    ...importLines,
    `export type AppRouter = ${printed};`,
    'export type RouterInputs = inferRouterInputs<AppRouter>;',
    'export type RouterOutputs = inferRouterOutputs<AppRouter>;',
    '',
  ].join('\n');
  const file = join(outDir, 'app-router.d.ts');
  writeFileSync(file, text);
  return file;
}

/** Every module a built file imports that is neither its own nor allowed. */
function foreignImports(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = ts.sys.readFile(file) ?? '';
    const info = ts.preProcessFile(text, true, true);
    const specifiers = [
      ...info.importedFiles,
      ...info.referencedFiles,
      ...info.typeReferenceDirectives,
    ];
    // preProcessFile does not see `import("x")` inside types: read those from the syntax tree.
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const importTypes: string[] = [];
    const collect = (node: ts.Node): void => {
      if (ts.isImportTypeNode(node)) importTypes.push(moduleOf(node));
      ts.forEachChild(node, collect);
    };
    collect(source);
    for (const specifier of [
      ...specifiers.map((reference) => reference.fileName),
      ...importTypes,
    ]) {
      if (!specifier.startsWith('./') && !ALLOWED_IMPORTS.has(specifier)) {
        found.push(`${relative(packageDir, file)}: ${specifier}`);
      }
    }
  }
  return found;
}

const options = compilerOptions();
const program = ts.createProgram([join(sourceDir, 'index.ts')], options);
// Only the client's own files: the server's are checked by their own typecheck, and an error in
// one of them that does not reach the client must not stop its build.
const ownFiles = program
  .getSourceFiles()
  .filter((file) => !program.isSourceFileFromExternalLibrary(file) && !file.isDeclarationFile);
failOnDiagnostics([
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...ownFiles.flatMap((file) => [
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ]),
]);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const written: string[] = [];
const emitted = program.emit(undefined, (name, contents) => {
  mkdirSync(dirname(name), { recursive: true });
  writeFileSync(name, contents);
  written.push(name);
});
failOnDiagnostics(emitted.diagnostics);
const routerDeclarationFile = writeRouterDeclaration(
  clientRouterType(routerDeclaration(options, program)),
);
const foreign = foreignImports([...new Set([...written, routerDeclarationFile])]);
if (foreign.length > 0)
  fail(`built files import what the package does not ship:\n${foreign.join('\n')}`);
