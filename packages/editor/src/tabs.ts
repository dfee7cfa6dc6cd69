/** An accessible tab list: arrow keys, Home and End move between tabs; each tab shows its panel. */
export function setUpTabs(tablist: HTMLElement, onShow: (panelId: string) => void): (tabId: string) => void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel !== null) panel.hidden = !selected;
    }
    if (focus) tab.focus();
    onShow(tab.getAttribute('aria-controls') ?? '');
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      select(tabs[(target + tabs.length) % tabs.length]!, true);
    });
  });
  return (tabId) => {
    const tab = tabs.find((candidate) => candidate.id === tabId);
    if (tab !== undefined) select(tab, false);
  };
}
