/**
 * Which separate buffer an object owns (the block CPython allocates apart from the object and frees with
 * it): a list's item array, a dict's keys object (combined table), a set's table, a bytearray's bytes.
 * The heap panel shows its requested bytes with the owner (`bufferBytes`).
 *
 * The recorder classifies each traced object once, when it is allocated (`bufferKind`), and reads the
 * buffer's address with `bufferAddrOf` (a field read) when it compares its state.
 */
import type { PyObject } from '../objects/object';
import { ListObject } from '../objects/sequences';
import { DictObject } from '../objects/dict';
import { SetObject } from '../objects/core_set';
import { BytesObject } from '../objects/bytesobject';

export const BUF_NONE = 0;
export const BUF_LIST = 1;
export const BUF_DICT = 2;
export const BUF_SET = 3;
export const BUF_BYTES = 4;
/**
 * Recorder-internal: an instance whose attribute values live in a separate values array (3.11 / 3.12
 * managed dicts, typeobject.ts allocInstance). Not a `bufferBytes` owner (the panel shows no buffer for
 * instances): the recorder only notes which values array each one holds, so that a new values array is
 * known to be owned without visiting every owner.
 */
export const BUF_VALUES = 5;
/** number of buffer kinds (array sizes) */
export const BUF_KINDS = 6;

export function bufferKind(o: PyObject): number {
  if (o instanceof ListObject) return BUF_LIST;
  if (o instanceof DictObject) return BUF_DICT;
  if (o instanceof SetObject) return BUF_SET;
  if (o instanceof BytesObject) return BUF_BYTES;
  return BUF_NONE;
}

/** Address of the buffer `o` owns (0: none), for an object of buffer kind `kind`. */
export function bufferAddrOf(o: PyObject, kind: number): number {
  switch (kind) {
    case BUF_LIST:
      return (o as ListObject).itemsAddr;
    case BUF_DICT: {
      // a split dict owns no keys object (they are its class's) but its values array
      const h = (o as DictObject).table.dk.handle;
      return typeof h === 'number' ? h : (o as DictObject).valuesAddr;
    }
    case BUF_SET: {
      // SetTable keeps the malloced table's handle privately (null while the inline small table is used)
      const h = ((o as SetObject).table as unknown as { tableHandle: unknown }).tableHandle;
      return typeof h === 'number' ? h : 0;
    }
    case BUF_BYTES:
      return (o as BytesObject).bufAddr;
    case BUF_VALUES: {
      // the values array, while the instance has no dict object of its own (the stand-in holds it)
      const d = o.dict as DictObject | null;
      return d !== null && d.inlineValues ? d.valuesAddr : 0;
    }
  }
  return 0;
}
