// A stand-in for a host's backend, as web-test-runner middleware, for the delivery tests.
// Each test uses its own channel, so tests cannot see each other's requests:
//
//   POST /delivery-test/<channel>/submit    the form's action URL: records the attempt, then answers as planned
//   POST /delivery-test/<channel>/plan      sets how it answers (JSON, below) and keeps the log
//   GET  /delivery-test/<channel>/log       { attempts: [{ key, headers, status }], received: [{ key, body }] }
//
// A plan: { fail503: N }      the next N submits answer 503, then they succeed (201 { reference })
//         { down: true }      every submit is dropped without an answer (a network error in the page)
//         { status: 422, body: {...} } or { status: 400 }  every submit is answered so (no body if none given)
//         { hang: N }         the next N submits get no answer for 3 s (the page should give up first)
// `received` lists only submits that were answered 2xx: what the backend has actually kept.
const channels = new Map();

const channel = (name) => {
  if (!channels.has(name)) channels.set(name, { plan: {}, attempts: [], received: [] });
  return channels.get(name);
};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function deliveryTestServer() {
  return async (ctx, next) => {
    const match = /^\/delivery-test\/([\w-]+)\/(submit|plan|log)$/.exec(ctx.path);
    if (!match) return next();
    const [, name, verb] = match;
    const state = channel(name);
    if (verb === 'log') {
      ctx.body = { attempts: state.attempts, received: state.received };
      return;
    }
    const text = await readBody(ctx.req);
    if (verb === 'plan') {
      state.plan = JSON.parse(text || '{}');
      ctx.body = { ok: true };
      return;
    }
    const key = ctx.get('Idempotency-Key');
    const attempt = { key, headers: { 'x-csrf-token': ctx.get('X-CSRF-Token'), 'content-type': ctx.get('Content-Type') }, status: 0 };
    state.attempts.push(attempt);
    const plan = state.plan;
    if (plan.down) {
      attempt.status = 'dropped';
      ctx.status = 503; // for the runner's request log only: nothing is sent
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (plan.hang > 0) {
      plan.hang--;
      await new Promise((resolve) => setTimeout(resolve, 3000));
      attempt.status = 503;
      ctx.status = 503;
      return;
    }
    if (plan.fail503 > 0) {
      plan.fail503--;
      attempt.status = 503;
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
      return;
    }
    if (plan.status) {
      attempt.status = plan.status;
      ctx.status = plan.status;
      if (plan.body !== undefined) ctx.body = plan.body;
      return;
    }
    attempt.status = 201;
    state.received.push({ key, body: JSON.parse(text) });
    ctx.status = 201;
    ctx.body = { reference: `REF-${state.received.length}` };
  };
}
