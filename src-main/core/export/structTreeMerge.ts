/**
 * Copies another PDF's pages to the end of ours, keeping its tags when asked: its structure
 * elements go under our Document element, and the keys its pages and annotations use in the
 * parent tree are renumbered after ours. One PDFObjectCopier does pages and structure, so a
 * structure element's /Pg points at the copied page rather than dragging in a second copy.
 * pdf-lib has no API for any of this; it is done on the object level, and any surprise leaves
 * the pages appended without tags (the caller then stops claiming PDF/UA).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, type PDFObject } from 'pdf-lib';

const N = {
  K: PDFName.of('K'),
  S: PDFName.of('S'),
  P: PDFName.of('P'),
  Nums: PDFName.of('Nums'),
  Kids: PDFName.of('Kids'),
  Limits: PDFName.of('Limits'),
  Annots: PDFName.of('Annots'),
  RoleMap: PDFName.of('RoleMap'),
  ParentTree: PDFName.of('ParentTree'),
  NextKey: PDFName.of('ParentTreeNextKey'),
  StructParents: PDFName.of('StructParents'),
  StructParent: PDFName.of('StructParent'),
  StructTreeRoot: PDFName.of('StructTreeRoot'),
};

function readNumberTree(doc: PDFDocument, node: PDFDict | undefined, out = new Map<number, PDFObject>(), depth = 0): Map<number, PDFObject> {
  if (!node || depth > 32) return out;
  const nums = node.lookupMaybe(N.Nums, PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.lookup(i);
    if (key instanceof PDFNumber) out.set(key.asNumber(), nums.get(i + 1));
  }
  const kids = node.lookupMaybe(N.Kids, PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) readNumberTree(doc, kids.lookupMaybe(i, PDFDict), out, depth + 1);
  return out;
}

function addToNumberTree(doc: PDFDocument, tree: PDFDict, key: number, value: PDFObject): void {
  const nums = tree.lookupMaybe(N.Nums, PDFArray);
  if (nums) {
    nums.push(PDFNumber.of(key));
    nums.push(value);
    return;
  }
  // A tree of kids: the new key is above every other, so a new last leaf keeps it sorted.
  const leaf = doc.context.obj({ Limits: [key, key], Nums: [key, value] });
  tree.lookup(N.Kids, PDFArray).push(doc.context.register(leaf));
}

function structKeys(leaf: PDFDict, key: PDFName): number | null {
  const v = leaf.lookupMaybe(key, PDFNumber);
  return v ? v.asNumber() : null;
}

function annotationsOf(doc: PDFDocument, leaf: PDFPageLeaf): PDFDict[] {
  const annots = leaf.lookupMaybe(N.Annots, PDFArray);
  const out: PDFDict[] = [];
  for (let i = 0; annots && i < annots.size(); i++) {
    const a = annots.lookupMaybe(i, PDFDict);
    if (a) out.push(a);
  }
  return out;
}

/** Appends all of `src`'s pages to `dst`; says whether its tags came along, and where it starts. */
export function copyPagesWithStructure(dst: PDFDocument, src: PDFDocument, withStructure: boolean): { merged: boolean; firstPage: PDFRef | null } {
  const copier = PDFObjectCopier.for(src.context, dst.context);
  // The copier's memo of what it copied, seeded below so references land on our objects.
  const memo = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
  const pages = src.getPages().map((p) => {
    const ref = copier.copy(p.ref) as PDFRef;
    const leaf = dst.context.lookup(ref);
    if (!(leaf instanceof PDFPageLeaf)) throw new Error('a copied page is not a page');
    return { ref, leaf };
  });
  let merged = false;
  if (withStructure) {
    try {
      merged = mergeStructure(dst, src, copier, memo, pages.map((p) => p.leaf));
    } catch {
      merged = false;
    }
  }
  for (const { ref, leaf } of pages) {
    if (!merged) {
      // Keys into a parent tree we did not take would point into ours: drop them.
      leaf.delete(N.StructParents);
      for (const a of annotationsOf(dst, leaf)) a.delete(N.StructParent);
    }
    dst.addPage(PDFPage.of(leaf, ref, dst));
  }
  return { merged, firstPage: pages[0]?.ref ?? null };
}

/**
 * An attachment's headings go one level down (its H1 becomes an H2 beside the items), so the
 * samlet PDF keeps one H1 and a heading order without jumps.
 */
function demoteHeadings(dst: PDFDocument, kids: PDFObject[]): void {
  const seen = new Set<PDFDict>();
  const walk = (node: PDFObject | undefined) => {
    const d = node instanceof PDFRef ? dst.context.lookup(node) : node;
    if (d instanceof PDFArray) return d.asArray().forEach(walk);
    if (!(d instanceof PDFDict) || seen.has(d)) return;
    seen.add(d);
    const level = /^H([1-5])$/.exec(d.lookupMaybe(N.S, PDFName)?.decodeText() ?? '');
    if (level) d.set(N.S, PDFName.of(`H${Number(level[1]) + 1}`));
    walk(d.get(N.K));
  };
  kids.forEach(walk);
}

function mergeStructure(
  dst: PDFDocument,
  src: PDFDocument,
  copier: PDFObjectCopier,
  memo: Map<PDFObject, PDFObject>,
  leaves: PDFPageLeaf[],
): boolean {
  const srcRootRef = src.catalog.get(N.StructTreeRoot);
  const dstRootRef = dst.catalog.get(N.StructTreeRoot);
  if (!(srcRootRef instanceof PDFRef) || !(dstRootRef instanceof PDFRef)) return false;
  const srcRoot = src.context.lookup(srcRootRef, PDFDict);
  const dstRoot = dst.context.lookup(dstRootRef, PDFDict);
  const dstTree = dstRoot.lookupMaybe(N.ParentTree, PDFDict);
  if (!dstTree) return false;

  // Our Document element, when the root holds just one (Chromium's case); else the root itself.
  let parentRef: PDFRef = dstRootRef;
  let parent: PDFDict = dstRoot;
  const top = dstRoot.get(N.K);
  if (top instanceof PDFRef) {
    const el = dst.context.lookupMaybe(top, PDFDict);
    if (el?.get(N.S) === PDFName.of('Document')) {
      parentRef = top;
      parent = el;
    }
  }
  memo.set(srcRootRef, parentRef);
  const srcK = srcRoot.get(N.K);
  const kids = srcK instanceof PDFArray ? srcK.asArray() : srcK ? [srcK] : [];
  const copiedKids = kids.map((k) => copier.copy(k));
  demoteHeadings(dst, copiedKids);
  const existing = parent.get(N.K);
  const list = existing instanceof PDFArray ? existing : dst.context.obj(existing ? [existing] : []);
  for (const k of copiedKids) list.push(k);
  parent.set(N.K, list);

  const srcTree = readNumberTree(src, srcRoot.lookupMaybe(N.ParentTree, PDFDict));
  const dstKeys = readNumberTree(dst, dstTree);
  let next = Math.max(dstRoot.lookupMaybe(N.NextKey, PDFNumber)?.asNumber() ?? 0, ...[...dstKeys.keys()].map((k) => k + 1));
  const renumbered = new Map<number, number>();
  const renumber = (dict: PDFDict, key: PDFName) => {
    const old = structKeys(dict, key);
    if (old === null) return;
    let fresh = renumbered.get(old);
    if (fresh === undefined) {
      fresh = next++;
      renumbered.set(old, fresh);
      const entry = srcTree.get(old);
      if (entry !== undefined) addToNumberTree(dst, dstTree, fresh, copier.copy(entry));
    }
    dict.set(key, PDFNumber.of(fresh));
  };
  for (const leaf of leaves) {
    renumber(leaf, N.StructParents);
    for (const a of annotationsOf(dst, leaf)) renumber(a, N.StructParent);
  }
  dstRoot.set(N.NextKey, PDFNumber.of(next));

  // Custom structure types of the attachment keep their meaning where ours do not say otherwise.
  const srcRoles = srcRoot.lookupMaybe(N.RoleMap, PDFDict);
  if (srcRoles) {
    const roles = dstRoot.lookupMaybe(N.RoleMap, PDFDict) ?? dst.context.obj({});
    for (const [name, value] of srcRoles.entries()) if (!roles.has(name)) roles.set(name, copier.copy(value));
    dstRoot.set(N.RoleMap, roles);
  }
  return true;
}
