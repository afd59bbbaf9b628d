import { syntheticRegistrations } from './packages/domain/src/index';
const t0 = performance.now();
const regs = syntheticRegistrations({ seed: 7, asOf: '2026-11-28' }, 0, 5000);
console.log('ms', (performance.now() - t0).toFixed(0));
let sup=0, del=0, money=0, pend=0, rej=0, appr=0, draft=0, clos=0, mem=0, att=0, con=0, reg=0, ident=0;
const communes = new Set<string>();
for (const r of regs) {
  if (r.events.some(e=>e.kind==='transition.identify')) ident++;
  if (r.support) { sup++; del += r.support.deliveries.length; if (r.support.closure) clos++;
    for (const d of r.support.deliveries) if (d.amountVnd) { money++; const s=d.approval?.status; if(!s) draft++; else if(s==='pending') pend++; else if (s==='rejected') rej++; else appr++; } }
  if (r.membership) { mem++; att += r.membership.attended.length; communes.add(r.membership.communeCode); }
  con += r.contacts.length; reg += r.contacts.filter(c=>c.registers).length;
}
console.log({ident, sup, del, money, draft, pend, rej, appr, clos, mem, att, groups: communes.size, con, reg});
