// Runs in the benchmark page; the Node side (bench/run.mjs) drives it through window.bench.
// Times are from performance.now() to the end of the next frame: a requestAnimationFrame
// callback, then a message posted from it, which runs once that frame's style, layout and
// paint are done.
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let mod, handle, form, data, input;

window.bench = {
  async setup({ lib, formUrl, dataUrl, css = [] }) {
    await Promise.all(
      css.map(
        (href) =>
          new Promise((resolve, reject) => {
            const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: reject });
            document.head.append(link);
          }),
      ),
    );
    mod = await import(`./${lib}.js`);
    form = await (await fetch(formUrl)).json();
    data = dataUrl ? await (await fetch(dataUrl)).json() : undefined;
    await nextFrame();
  },

  /** Mounts the form; done when at least `n` inputs exist and a frame has been drawn with them. */
  async render({ n }) {
    const container = document.getElementById('app');
    const t0 = performance.now();
    handle = await mod.mount(container, form, data);
    while (handle.root.querySelectorAll('input').length < n) {
      await nextFrame();
      if (performance.now() - t0 > 180_000) throw new Error(`only ${handle.root.querySelectorAll('input').length} of ${n} inputs after 180 s`);
    }
    await nextFrame();
    return { ms: performance.now() - t0, inputs: handle.root.querySelectorAll('input').length };
  },

  /** Focuses field i (or, on a real form, the middle text input); returns its id. */
  async focus({ field }) {
    input =
      field === 'middle'
        ? (() => {
            const all = handle.textInputs();
            return all[Math.floor(all.length / 2)];
          })()
        : handle.input(field);
    if (!input) throw new Error(`no input for field ${field}`);
    input.focus();
    await nextFrame();
    await sleep(150);
    return { id: input.id, total: field === 'middle' ? handle.textInputs().length : undefined };
  },

  /**
   * Types up to `keys` characters into the focused input: per key, keydown, the value (through
   * the native setter, so React's value tracker sees a change), input and keyup, as a keystroke
   * does; then the next frame. Keys start at least `spacing` ms apart (Form.io defers its
   * change handling by 100 ms); stops early after `budget` ms (at least 3 keys).
   */
  async type({ field, keys, spacing, budget, settle }) {
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value').set;
    const key = { key: 'a', code: 'KeyA', keyCode: 65, which: 65, bubbles: true, composed: true, cancelable: true };
    const times = [];
    const start = performance.now();
    let typed = '';
    for (let k = 0; k < keys; k++) {
      // a library may replace the element on re-render: type into the one on the page now
      if (!input.isConnected && field !== 'middle') input = handle.input(field);
      const t0 = performance.now();
      input.dispatchEvent(new KeyboardEvent('keydown', key));
      setValue.call(input, input.value + 'a');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
      input.dispatchEvent(new KeyboardEvent('keyup', key));
      await nextFrame();
      times.push(performance.now() - t0);
      typed += 'a';
      const wait = spacing - (performance.now() - t0);
      if (wait > 0) await sleep(wait);
      if (performance.now() - start > budget && times.length >= 3) break;
    }
    await sleep(settle);
    const value = field === 'middle' ? input.value : handle.value(field);
    return { times, keys: times.length, value, ok: value === typed };
  },

  /** One full validation of the form, then `repeats - 1` more, each to the next frame. */
  async validate({ repeats }) {
    const runs = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      const result = await handle.validate();
      await nextFrame();
      runs.push({ ms: performance.now() - t0, ...result });
      await sleep(30);
    }
    return runs;
  },

  /** caf-forms only: the precompiled submission validator on the form's envelope. */
  async precompiled({ url, repeats }) {
    const run = await handle.precompiled(url);
    const runs = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      const result = run();
      runs.push({ ms: performance.now() - t0, ...result });
      await sleep(10);
    }
    return runs;
  },
};
window.benchReady = true;
