/** The refcount of an object explained by its holders, in words (no DOM). */
import type { ObjectDetail } from '../../src/protocol/heap';

/** `refcount 3 = 1 local x + 1 .next + 1 unexplained` */
export function refcountSum(d: ObjectDetail): string {
  if (d.object.refcount >= 2 ** 31) return `refcount: immortal (${d.object.refcount}); references are not counted`;
  const parts = d.referrers.map((e) => `${e.count > 1 ? `${e.count} × ` : ''}${e.from !== null ? `${e.fromType} ` : ''}${e.label}`);
  if (d.unexplained > 0) parts.push(`${d.unexplained} unexplained`);
  return `refcount ${d.object.refcount}` + (parts.length ? ` = ${parts.join(' + ')}` : '');
}
