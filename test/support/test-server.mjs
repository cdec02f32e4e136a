// A stand-in for a host's backend, as web-test-runner middleware, for the delivery tests: a
// receiver that keeps each submission once (by Idempotency-Key) and confirms it as the real one
// does (201 { submissionId, reference }; a repeat gets 200 and the same), with faults to inject.
// Each test uses its own channel, so tests cannot see each other's requests:
//
//   POST /delivery-test/<channel>/submit    the form's action URL: records the attempt, then answers as planned
//   POST /delivery-test/<channel>/plan      sets how it answers (JSON, below) and keeps the log
//   GET  /delivery-test/<channel>/log       { attempts: [{ key, headers, status }], received: [{ key, body }] }
//   GET  /delivery-test/signin              the sign-in page a redirect leads to (HTML)
//
// A plan: { fail503: N }      the next N submits answer 503, then they succeed
//         { down: true }      every submit is dropped without an answer (a network error in the page)
//         { status: 422, body: {...} } or { status: 401 }  every submit is answered so (no body if none given)
//         { hang: N }         the next N submits get no answer for 3 s (the page should give up first)
//         { redirect: true }  every submit is redirected (302) to the sign-in page, as an expired session is
//         { html200: true }   every submit gets a proxy's 200 HTML page
//         { noId: true }      every submit gets 200 JSON that does not name the submission
//         { storeThen504: N } the next N submits are kept, then answered 504 (a gateway that gave up)
//         { storeThenHold: true } the next submit is kept, then held unanswered until the page goes away
// `received` lists what the backend has kept: one row per submission id, however often it came.
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
    if (ctx.path === '/delivery-test/signin') {
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Sign in</title><h1>Sign in to the council intranet</h1>';
      return;
    }
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
    const store = () => {
      const body = JSON.parse(text);
      const first = !state.received.some((r) => r.key === key);
      if (first) state.received.push({ key, body });
      return first;
    };
    const confirm = (status) => {
      attempt.status = status;
      ctx.status = status;
      ctx.body = { submissionId: key, reference: `REF-${state.received.findIndex((r) => r.key === key) + 1}` };
    };
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
    if (plan.redirect) {
      attempt.status = 302;
      ctx.redirect('/delivery-test/signin');
      return;
    }
    if (plan.html200) {
      attempt.status = 200;
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Web filter</title><p>This page is checked by the council web filter.</p>';
      return;
    }
    if (plan.noId) {
      attempt.status = 200;
      ctx.body = { ok: true };
      return;
    }
    if (plan.storeThen504 > 0) {
      plan.storeThen504--;
      store();
      attempt.status = 504;
      ctx.status = 504;
      ctx.body = 'Gateway Timeout';
      return;
    }
    if (plan.storeThenHold) {
      plan.storeThenHold = false;
      store();
      attempt.status = 'held';
      // Held until the page that sent it goes away (its socket closes), or 10 s.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        ctx.req.socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (plan.status) {
      attempt.status = plan.status;
      ctx.status = plan.status;
      if (plan.body !== undefined) ctx.body = plan.body;
      return;
    }
    confirm(store() ? 201 : 200);
  };
}
