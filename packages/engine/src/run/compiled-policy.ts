import type { Diagnostic, EvaluateOptions } from '@apim-policy/expressions';
import {
  CrlStore,
  type PrepareFactsOptions,
  prepareFactsNow,
  type RevocationOptions,
  TrustStore,
  type VerdictCache,
} from '@apim-policy/x509';
import { derOf } from '../certificates/certificate-input.js';
import { printEffectivePolicy } from '../compose/print-effective.js';
import type { CompiledDocuments } from '../load/compile-policy.js';
import type { Outcome } from '../outcome/types.js';
import { MemoryCacheStore } from '../services/cache-store.js';
import { MemoryCounterStore } from '../services/memory-counter-store.js';
import { buildContext, buildEntities, type RunEntities } from './build-context.js';
import { installCertificateParser } from './certificate-parser.js';
import type { DeploymentDescription, IdentityDescription, RequestDescription } from './description.js';
import { runPipeline } from './pipeline.js';
import { PolicyLoadError } from './policy-load-error.js';
import type { RunOptions, RunServicesInit } from './run-options.js';
import type { RunServices } from './services.js';
import { RunState } from './state.js';

installCertificateParser();

type Clock = () => number;

/** The identity of a run that gives none: the default API and operation, anonymous. */
const NO_IDENTITY: IdentityDescription = Object.freeze({});

function clockOf(now: RunOptions['now']): Clock {
  if (now === undefined) return () => Date.now();
  if (typeof now === 'function') {
    return () => {
      const value = now();
      return typeof value === 'number' ? value : value.getTime();
    };
  }
  const fixed = typeof now === 'number' ? now : now.getTime();
  return () => fixed;
}

interface TrustSettings {
  readonly trustStore: TrustStore;
  readonly revocation: RevocationOptions;
  readonly cache?: VerdictCache;
}

function trustOf(deployment: DeploymentDescription): TrustSettings {
  const trustStore =
    deployment.trustStore ??
    new TrustStore({
      roots: (deployment.ca?.roots ?? []).map(derOf),
      intermediates: (deployment.ca?.intermediates ?? []).map(derOf),
    });
  const revocation: RevocationOptions = {
    ...(deployment.crls === undefined || deployment.crls.length === 0
      ? {}
      : { crls: new CrlStore(deployment.crls) }),
    ...(deployment.fetchCrl === undefined ? {} : { fetchCrl: deployment.fetchCrl }),
    ...(deployment.fetchOcsp === undefined ? {} : { fetchOcsp: deployment.fetchOcsp }),
  };
  // Verdicts are keyed by store version and revocation sources, so the process-wide cache of the
  // x509 package is safe to share between policies.
  return {
    trustStore,
    revocation,
    ...(deployment.verdictCache === undefined ? {} : { cache: deployment.verdictCache }),
  };
}

/** The options of `prepareFactsNow` at one instant, built field by field: spreading costs more. */
function factOptions(trust: TrustSettings, at: number): PrepareFactsOptions {
  return trust.cache === undefined
    ? { trustStore: trust.trustStore, revocation: trust.revocation, at }
    : { trustStore: trust.trustStore, revocation: trust.revocation, cache: trust.cache, at };
}

/**
 * A loaded policy: its diagnostics and, when it has no errors, `run` to put a request through it.
 * Runs share the policy's compiled code and its in-memory cache and counters; certificate
 * verdicts come from the x509 package's shared cache. Each run has its own context.
 */
export class CompiledPolicy {
  /** Every problem found while loading, per file in file order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly #compiled: CompiledDocuments;
  readonly #deployment: DeploymentDescription;
  readonly #services: RunServicesInit;
  readonly #trust: TrustSettings;
  readonly #cache = new MemoryCacheStore();
  readonly #counters = new MemoryCounterStore();
  /**
   * Context entities per identity object, for runs under the loaded deployment. Not kept when an
   * expression needs facts of the deployment's certificates: facts belong to one run.
   */
  readonly #entities: WeakMap<IdentityDescription, RunEntities> | null;

  constructor(compiled: CompiledDocuments, deployment: DeploymentDescription, services: RunServicesInit) {
    this.#compiled = compiled;
    this.diagnostics = compiled.diagnostics;
    this.#deployment = deployment;
    this.#services = services;
    this.#trust = trustOf(deployment);
    const deploymentFacts = compiled.needs.some((need) => need.certificate !== 'request');
    this.#entities = deploymentFacts ? null : new WeakMap();
  }

  /** The entities of a run: shared per identity object under the loaded deployment, else fresh. */
  #entitiesOf(identity: IdentityDescription, deployment: DeploymentDescription | undefined): RunEntities {
    if (deployment !== undefined || this.#entities === null) {
      return buildEntities(identity, deployment === undefined ? this.#deployment : deployment);
    }
    let entities = this.#entities.get(identity);
    if (entities === undefined) {
      entities = buildEntities(identity, this.#deployment);
      this.#entities.set(identity, entities);
    }
    return entities;
  }

  /** Whether the policy loaded without errors (warnings allowed) and can run. */
  get ok(): boolean {
    return !this.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  }

  /** The compiled documents: effective sections, certificate needs (for tools and tests). */
  get compiled(): CompiledDocuments {
    return this.#compiled;
  }

  /** The effective policy as one document: `<base/>` and `include-fragment` expanded (see `printEffectivePolicy`). */
  printEffective(): string {
    return printEffectivePolicy(this.#compiled.documents, this.#compiled.compose);
  }

  /**
   * Puts a request through the policy: prepares the certificate facts its expressions and policies
   * need, then runs inbound, backend, outbound and on-error as the gateway does. Never throws for
   * a request: every failure is an outcome (a 500 at worst). Throws `PolicyLoadError` when the
   * policy has errors.
   */
  async run(request: RequestDescription, options: RunOptions = {}): Promise<Outcome> {
    if (!this.ok) throw new PolicyLoadError(this.diagnostics);
    const clock = clockOf(options.now);
    const now = clock();
    const deployment =
      options.deployment === undefined ? this.#deployment : { ...this.#deployment, ...options.deployment };
    const trust = options.deployment === undefined ? this.#trust : trustOf(deployment);
    const run = { state: null as RunState | null };
    const identity = options.identity ?? NO_IDENTITY;
    const built = buildContext({
      request,
      entities: this.#entitiesOf(identity, options.deployment === undefined ? undefined : deployment),
      variables: options.variables ?? {},
      now,
      ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
      tracing: options.tracing ?? false,
      onTrace: (message) => run.state?.note('message', `context.Trace: ${message}`, { message }),
    });
    const evaluateOptions: EvaluateOptions = {
      now: clock,
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    };
    const services: RunServices = {
      now: clock,
      backend: options.services?.backend ?? this.#services.backend ?? null,
      transport: options.services?.transport ?? this.#services.transport ?? null,
      cache: options.services?.cache ?? this.#services.cache ?? this.#cache,
      counters: options.services?.counters ?? this.#services.counters ?? this.#counters,
      certificates: trust,
    };
    const state = new RunState({
      context: built.context,
      options: evaluateOptions,
      services,
      trace: options.trace ?? true,
      certificates: { request: built.requestCertificate, deployment: built.deploymentCertificates },
    });
    run.state = state;
    const { needs, preparers, steps } = this.#compiled;
    // Known certificates have cached verdicts: only a fact or preparer still pending is awaited.
    const facts = prepareFactsNow(
      { request: built.requestCertificate, deployment: built.deploymentCertificates },
      needs,
      factOptions(trust, now),
    );
    if (facts !== undefined) await facts;
    for (const prepare of preparers) {
      const pending = prepare(state);
      if (pending !== undefined) await pending;
    }
    return runPipeline(steps, state);
  }
}
