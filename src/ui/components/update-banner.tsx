/**
 * Service worker registration and the update prompt: a new version waits until the learner
 * presses "Reload", so an update never interrupts a review.
 */
import { Show, createSignal } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';

const [needRefresh, setNeedRefresh] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);
let update: ((reload?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => setNeedRefresh(true),
    onOfflineReady: () => {
      // A note, not a question: it goes by itself so it never crowds a small screen for long.
      setOfflineReady(true);
      setTimeout(() => setOfflineReady(false), 8000);
    },
  });
}

export function UpdateBanner() {
  return (
    <>
      <Show when={needRefresh()}>
        <div class="banner" role="status">
          <span>A new version of Briefcards is ready.</span>
          <button type="button" class="primary" onClick={() => void update?.(true)}>
            Reload
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </div>
      </Show>
      <Show when={offlineReady()}>
        <div class="banner" role="status">
          <span>Briefcards now works offline.</span>
          <button type="button" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </div>
      </Show>
    </>
  );
}
