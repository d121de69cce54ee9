/**
 * What a `heapscope report` page embeds (a `<script type="application/json">` read by webview/report.ts):
 * the recorded run, the snapshot the page opens at, and the options to re-run the program in the page.
 */
import type { PythonVersion } from './analysis';
import type { ObjectPage, PanelRun, Snapshot } from './heap';

export interface ReportData {
  schema: 'heapscope.report/1';
  run: PanelRun;
  /** the position the page opens at (the moment of peak memory), painted without running anything */
  snapshot: Snapshot;
  /** the objects table's first page at that position (DEFAULT_OBJECT_QUERY), shown without running anything */
  objects: ObjectPage;
  options: { version: PythonVersion; filename: string; stdin: string; maxSteps: number | null; timeoutMs: number; maxHeapBytes?: number };
}

/** id of the page's `<script type="application/json">` holding the ReportData */
export const REPORT_DATA_ID = 'heapscope-report-data';
