/**
 * The Backup section of the Settings screen: export every record as a file, and restore one.
 * Lazy: it loads with the settings screen, with the backup code it needs.
 */
import { Show, createSignal } from 'solid-js';
import { backupFileName } from '../../core/backup';
import { exportAll, importBackup } from '../../store/backup';
import { loadAll, storageMessage } from '../data';

/** Hands `text` to the browser as a download named `name`. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BackupSection() {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<string>();
  const [error, setError] = createSignal<string>();

  function start() {
    setBusy(true);
    setStatus(undefined);
    setError(undefined);
  }

  async function exportNow() {
    start();
    try {
      const now = Date.now();
      const backup = await exportAll(now);
      const name = backupFileName(now);
      download(JSON.stringify(backup), name);
      setStatus(`Backup saved as ${name}. Keep a copy somewhere other than this device.`);
    } catch (e) {
      setError(`No backup was made. ${storageMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function restore(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    start();
    try {
      const r = await importBackup(await file.text());
      if (!r.ok) {
        setError(r.error);
        return;
      }
      await loadAll();
      setStatus(r.message);
    } catch (e) {
      setError(`Nothing was restored. ${storageMessage(e)}`);
    } finally {
      // Cleared so choosing the same file again restores it again.
      input.value = '';
      setBusy(false);
    }
  }

  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p>
        Your progress is kept on this device only. Export a backup now and then, and keep the file somewhere else: restoring it
        brings your reviews, decks, edits and settings back, here or on another device.
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy()} onClick={() => void exportNow()}>
          Export backup
        </button>
      </div>
      <label for="backup-file">Restore from backup</label>
      <input
        id="backup-file"
        type="file"
        accept=".json,application/json"
        disabled={busy()}
        aria-describedby="backup-file-hint"
        onChange={(e) => void restore(e.currentTarget)}
      />
      <p class="hint" id="backup-file-hint">
        Choose a file saved by "Export backup". It is merged with what this device has: nothing here is lost, and answers
        you undid stay undone.
      </p>
      <Show when={error()}>
        <p role="alert" class="field-error">
          {error()}
        </p>
      </Show>
      <div role="status" class="save-status">
        <Show when={status()}>
          <p>{status()}</p>
        </Show>
      </div>
    </section>
  );
}
