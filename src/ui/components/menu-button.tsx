/**
 * A button that opens a menu of actions, following the WAI-ARIA menu button pattern: the
 * button has aria-haspopup and aria-expanded; the menu takes focus; arrows, Home and End move
 * within it, Escape closes it and gives focus back to the button, Tab or a tap elsewhere closes it.
 */
import { For, Show, createSignal, createUniqueId, onCleanup } from 'solid-js';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

export function MenuButton(props: { label: string; items: MenuItem[]; disabled?: boolean }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let wrapper: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;
  let menu: HTMLUListElement | undefined;

  const items = () => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  function focusItem(index: number) {
    const all = items();
    if (all.length) all[(index + all.length) % all.length]!.focus();
  }
  function show(first = 0) {
    setOpen(true);
    // The menu renders when `open` changes; focus it once it is in the document.
    queueMicrotask(() => focusItem(first));
    document.addEventListener('pointerdown', onOutside);
  }
  function close(returnFocus: boolean) {
    setOpen(false);
    document.removeEventListener('pointerdown', onOutside);
    if (returnFocus) button?.focus();
  }
  function onOutside(e: PointerEvent) {
    if (!wrapper?.contains(e.target as Node)) close(false);
  }
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 0 : -1);
    }
  }
  function onMenuKey(e: KeyboardEvent) {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div class="menu-wrap" ref={wrapper}>
      <button
        type="button"
        ref={button}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={`${id}-menu`}
        disabled={props.disabled}
        onClick={() => (open() ? close(true) : show())}
        onKeyDown={onButtonKey}
      >
        {props.label}
      </button>
      <Show when={open()}>
        <ul class="menu" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} ref={menu} onKeyDown={onMenuKey}>
          <For each={props.items}>
            {(item) => (
              <li role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabindex="-1"
                  onClick={() => {
                    close(true);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
