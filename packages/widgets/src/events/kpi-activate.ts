/** An interactive KPI tile was activated (click, Enter, Space). */
export class KpiActivateEvent extends CustomEvent<{kpi: string}> {
  constructor(kpi: string) {
    super('kpi-activate', {bubbles: true, composed: true, detail: {kpi}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-activate': KpiActivateEvent;
  }
}
