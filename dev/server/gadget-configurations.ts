import express, { type Express } from 'express';

/**
 * Dashboard gadgets in the local runtime. Jira keeps each gadget's configuration (what its
 * edit view submits with `view.submit`) and hands it to the gadget in its context
 * (`extension.gadgetConfiguration`); here it is kept in memory per gadget id for as long as
 * the server runs. A gadget opened with `?project=KEY` and nothing saved starts configured
 * on that project, so the index page can link a ready gadget for each project.
 */

const GADGET_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CONFIGURATION_CHARS = 10_000;

export interface GadgetFrame {
  id: string;
  mode: 'view' | 'edit';
  configuration: Record<string, unknown>;
}

export interface GadgetConfigurations {
  /** The gadget a frame or app request opens (`?gadget=ID`, `?mode=edit`, `?project=KEY`). */
  frameFor(params: { gadget?: string; mode?: string; project?: string }): GadgetFrame;
  /** POST /__forge/gadget-configuration {gadgetId, configuration}: what the stand-in's `submit` sends. */
  register(app: Express): void;
}

export function gadgetIdFor(params: { gadget?: string; project?: string }): string {
  if (params.gadget && GADGET_ID.test(params.gadget)) return params.gadget;
  return params.project && GADGET_ID.test(params.project) ? `project-${params.project}` : 'local';
}

export function createGadgetConfigurations(): GadgetConfigurations {
  const saved = new Map<string, Record<string, unknown>>();
  return {
    frameFor(params) {
      const id = gadgetIdFor(params);
      const configuration = saved.get(id) ?? (params.project && !params.gadget ? { projectKey: params.project } : {});
      return { id, mode: params.mode === 'edit' ? 'edit' : 'view', configuration };
    },
    register(app) {
      app.post('/__forge/gadget-configuration', express.json({ limit: '16kb' }), (req, res) => {
        const body = (req.body ?? {}) as { gadgetId?: unknown; configuration?: unknown };
        const { gadgetId, configuration } = body;
        const plain = typeof configuration === 'object' && configuration !== null && !Array.isArray(configuration);
        if (
          typeof gadgetId !== 'string' ||
          !GADGET_ID.test(gadgetId) ||
          !plain ||
          JSON.stringify(configuration).length > MAX_CONFIGURATION_CHARS
        ) {
          res.status(400).json({
            error: {
              message: 'Expected JSON {gadgetId, configuration: {...}} (a gadget id of letters, digits, - and _).',
            },
          });
          return;
        }
        saved.set(gadgetId, configuration as Record<string, unknown>);
        res.json({ ok: true });
      });
    },
  };
}
