// The warning before a signed-in session ends for inactivity (WCAG 2.2.1), served at
// /pkg/istunto.<hash>.js (app::session_script_href). The page
// gives the times, addresses and texts (#istunto's data attributes); this asks the
// server how long the session has left (asking is not activity), shows the box with
// its button to continue shortly before the end, and, once the session has ended,
// offers to sign in again in a new tab so this page and what was typed in it stay.
(() => {
  const box = document.getElementById('istunto');
  if (!box) return;
  const text = box.querySelector('p');
  const keep = box.querySelector('button');
  const again = box.querySelector('a');
  const warnMs = Number(box.dataset.warn) * 1000;
  let deadline = Date.now() + Number(box.dataset.idle) * 1000;
  let timer;
  // Where the reader was when the warning came: focus goes back there after "continue".
  let before = null;
  const ask = (url) =>
    fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      credentials: 'same-origin',
    })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  // The live region is always in the page (empty while there is nothing to say), so
  // filling it is announced; the box becomes visible with it.
  const say = (words) => {
    box.classList.add('open');
    document.documentElement.classList.add('session-warning-open');
    text.textContent = words;
  };
  const hide = () => {
    box.classList.remove('open');
    keep.hidden = true;
    text.textContent = '';
    document.documentElement.classList.remove('session-warning-open');
  };
  const later = (ms) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(1000, ms));
  };
  const ended = () => {
    clearTimeout(timer);
    keep.hidden = true;
    again.hidden = false;
    say(box.dataset.ended);
  };
  async function check() {
    const left = await ask(box.dataset.state);
    if (left === null) return later(30_000);
    if (left <= 0) return ended();
    deadline = Date.now() + left * 1000;
    if (left * 1000 > warnMs) {
      hide();
      return later(deadline - warnMs - Date.now());
    }
    if (!box.classList.contains('open')) before = document.activeElement;
    keep.hidden = false;
    again.hidden = true;
    say(box.dataset.warning.replace('__M__', String(Math.max(1, Math.ceil(left / 60)))));
    later(left * 1000 + 1000);
  }
  keep.addEventListener('click', async () => {
    const left = await ask(box.dataset.keep);
    if (left === null) return ended();
    hide();
    const back = before && document.contains(before) && before !== document.body ? before : document.getElementById('main');
    if (back) back.focus();
    deadline = Date.now() + left * 1000;
    later(deadline - warnMs - Date.now());
  });
  later(deadline - warnMs - Date.now());
})();
