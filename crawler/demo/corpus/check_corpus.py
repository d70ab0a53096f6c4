#!/usr/bin/env python3
"""Consistency check for the demo corpus (outlets.toml + articles/*.toml). Prints counts and expected alerts."""
import tomllib, glob, re, sys, collections
import os
ROOT=os.path.dirname(os.path.abspath(__file__))
KINDS = {}
def k(kind, ids):
    for i in ids.split(): KINDS[i]=kind
k('government', 'putin kremlin peskov russian-mfa zakharova lavrov russian-embassy-uk russian-embassy-us investigative-committee prosecutor-general moskalkova russian-interior-ministry russian-justice-ministry kadyrov karimov chechen-government chechen-interior-ministry daudov umarov-dzhambulat nukhazhiev chechen-human-rights-council saratova delimkhanov us-state-department uk-foreign-office german-foreign-office french-foreign-ministry canada-global-affairs')
k('intergovernmental', 'ohchr un-experts un-hrc osce odihr benedek council-of-europe pace coe-commissioner european-parliament eeas')
k('court', 'echr')
k('ngo', 'hrw lokshina amnesty crisis-group sokirianskaia memorial russian-lgbt-network kochetkov sk-sos ilga-europe')
k('media', 'novaya-gazeta milashina muratov gordienko')
k('person', 'lapunov')
errs=[]
def err(m): errs.append(m)
SLUG=re.compile(r'^[a-z0-9-]+$')
outlets = tomllib.load(open(f'{ROOT}/outlets.toml','rb'))['outlet']
O={}
for o in outlets:
    for f in ('slug','name','language','role','kind','encoding','template','every'):
        if f not in o: err(f'outlet missing {f}: {o}')
    if o['slug'] in O: err('dup outlet '+o['slug'])
    if not SLUG.match(o['slug']): err('bad outlet slug '+o['slug'])
    assert o['language'] in ('en','ru'); assert o['kind'] in ('feed','atom','sitemap','listing','telegram')
    assert o['encoding'] in ('utf-8','windows-1251','koi8-r')
    assert o['role'] in 'state-agency chechen-government telegram independent-ru wire syndicator ngo intergovernmental lgbt-news general-news'.split()
    assert re.match(r'^\d+[hd]$', o['every'])
    O[o['slug']]=o
    try: o['name'].encode(o['encoding'])
    except Exception as e: err(f'outlet name not encodable {o["slug"]}')
arts=[]
for fn in sorted(glob.glob(f'{ROOT}/articles/*.toml')):
    d=tomllib.load(open(fn,'rb'))
    for a in d.get('article',[]):
        a['_file']=fn.split('/')[-1]; arts.append(a)
seen=set()
ALLOWED_A={'outlet','slug','day','hour','title','author','summary','body','syndicated_from','update','expect','_file'}
ALLOWED_E={'actor','stance','first_day','repeat','removed_day','off_topic'}
ALLOWED_U={'day','hour','body','title','note'}
def words(s): return len(re.findall(r'\w+', s))
for a in arts:
    tag=f"{a.get('outlet')}/{a.get('slug')}"
    if set(a)-ALLOWED_A: err(f'{tag}: unknown keys {set(a)-ALLOWED_A}')
    for f in ('outlet','slug','day','hour','title','author','summary','body'):
        if f not in a: err(f'{tag}: missing {f}')
    if a['outlet'] not in O: err(f'{tag}: unknown outlet'); continue
    o=O[a['outlet']]
    if (a['outlet'],a['slug']) in seen: err(f'{tag}: dup slug')
    seen.add((a['outlet'],a['slug']))
    if not SLUG.match(a['slug']): err(f'{tag}: bad slug')
    if o['kind']=='telegram' and not a['slug'].isdigit(): err(f'{tag}: telegram slug should be numeric')
    if not (0<=a['day']<=7 and 0<=a['hour']<=23): err(f'{tag}: day/hour range')
    texts=[a['title'],a['author'],a['summary'],a['body']]
    prev=(a['day'],a['hour'])
    for u in a.get('update',[]):
        if set(u)-ALLOWED_U: err(f'{tag}: update keys')
        if not (0<=u['day']<=7 and 0<=u['hour']<=23): err(f'{tag}: update range')
        if (u['day'],u['hour'])<=prev: err(f'{tag}: update not after previous version')
        prev=(u['day'],u['hour']); texts += [u['body'], u.get('title',''), u.get('note','')]
    for t in texts:
        try: t.encode(o['encoding'])
        except UnicodeEncodeError as e: err(f'{tag}: not encodable in {o["encoding"]}: {t[e.start:e.end]!r}')
    final = a['update'][-1]['body'] if a.get('update') else a['body']
    paras=[p for p in final.split('\n\n') if p.strip()]
    w=words(final)
    if o['kind']!='telegram':
        if not (3<=len(paras)<=8) or not (150<=w<=600): err(f'{tag}: length {len(paras)} paras {w} words')
    else:
        if not (1<=len(paras)<=3): err(f'{tag}: telegram paras {len(paras)}')
    for e in a.get('expect',[]):
        if set(e)-ALLOWED_E: err(f'{tag}: expect keys {set(e)-ALLOWED_E}')
        if e['actor']!='' and e['actor'] not in KINDS: err(f'{tag}: bad actor {e["actor"]}')
        if e['stance'] not in ('denial','confirmation','neutral'): err(f'{tag}: bad stance')
        if not isinstance(e['repeat'],bool): err(f'{tag}: repeat not bool')
# syndication
idx={(a['outlet'],a['slug']):a for a in arts}
for a in arts:
    sf=a.get('syndicated_from','')
    if sf:
        so,ss=sf.split('/',1)
        src=idx.get((so,ss))
        if not src: err(f"{a['outlet']}/{a['slug']}: syndicated_from missing {sf}")
        elif (src['day'],src['hour'])>=(a['day'],a['hour']): err(f"{a['outlet']}/{a['slug']}: copy not after source")
# statement consistency
entries=[]
for a in arts:
    vers={a['day']:a['hour']}
    for u in a.get('update',[]): vers.setdefault(u['day'],u['hour'])
    for e in a.get('expect',[]):
        fd=e['first_day']
        if e['repeat']:
            pos=(a['day'],a['hour'])
        else:
            if fd not in vers: err(f"{a['outlet']}/{a['slug']}: non-repeat first_day {fd} not a version day"); pos=(fd,0)
            else: pos=(fd,vers[fd])
        rd=e.get('removed_day',0)
        if rd:
            if not any(u['day']==rd for u in a.get('update',[])): err(f"{a['outlet']}/{a['slug']}: removed_day without update that day")
            if rd<=fd: err('removed_day <= first_day')
        entries.append((pos,a,e))
for pos,a,e in entries:
    if e['repeat']:
        cands=[(p,b,f) for p,b,f in entries if not f['repeat'] and f['actor']==e['actor'] and f['stance']==e['stance']
               and f['first_day']==e['first_day'] and not f.get('off_topic',False) and p<pos]
        if not cands: err(f"{a['outlet']}/{a['slug']}: repeat {e['actor']}/{e['stance']}/{e['first_day']} has no earlier original")
        if e.get('off_topic'): err('repeat off_topic?')
# duplicate originals
orig=collections.Counter((f['actor'],f['stance'],f['first_day'],f.get('off_topic',False)) for p,b,f in entries if not f['repeat'])
for key,n in orig.items():
    if n>1 and key[0]!='': err(f'duplicate original statement {key} x{n}')
# each original must be the earliest occurrence of its (actor,stance,first_day)
for p,b,f in entries:
    if not f['repeat']:
        earlier=[q for q,c,g in entries if g['repeat'] and g['actor']==f['actor'] and g['stance']==f['stance'] and g['first_day']==f['first_day'] and q<p]
        if earlier: err(f'original {f["actor"]} has earlier repeat')
# stats
print('ERRORS:' if errs else 'OK: no errors'); [print('  ',x) for x in errs]
print('outlets:',len(O), 'roles:', sorted(o['role'] for o in outlets))
print('articles:',len(arts))
per=collections.Counter(a['day'] for a in arts)
rel=[a for a in arts if a.get('expect')]; irr=[a for a in arts if not a.get('expect')]
print('per day:',dict(sorted(per.items())))
print('per day relevant:',dict(sorted(collections.Counter(a['day'] for a in rel).items())),'irrelevant:',dict(sorted(collections.Counter(a['day'] for a in irr).items())))
print('relevant',len(rel),'irrelevant',len(irr))
print('by language:',collections.Counter(O[a['outlet']]['language'] for a in arts), 'irrelevant by lang:',collections.Counter(O[a['outlet']]['language'] for a in irr))
allE=[f for p,b,f in entries]
print('expect entries:',len(allE),'by stance:',dict(collections.Counter(f['stance'] for f in allE)))
origs=[(p,b,f) for p,b,f in entries if not f['repeat']]
print('distinct statements (repeat=false):',len(origs),'by stance:',dict(collections.Counter(f['stance'] for p,b,f in origs)),
      'off_topic:',sum(1 for p,b,f in origs if f.get('off_topic')))
print('on-topic distinct by stance:',dict(collections.Counter(f['stance'] for p,b,f in origs if not f.get('off_topic'))))
print('repeat entries:',sum(1 for f in allE if f['repeat']))
alerts=[(p,b,f) for p,b,f in origs if not f.get('off_topic') and f['stance'] in ('denial','confirmation') and KINDS.get(f['actor']) in ('government','intergovernmental','court','ngo')]
removed=[(p,b,f) for p,b,f in entries if f.get('removed_day')]
print('statement alerts:',len(alerts),'removed events:',len(removed),'TOTAL alerts:',len(alerts)+len(removed))
for p,b,f in sorted(alerts,key=lambda x:x[0]):
    print(f'   day {p[0]} {p[1]:02d}h  {f["actor"]:<22} {f["stance"]:<12} {b["outlet"]}/{b["slug"]}')
for p,b,f in removed:
    print(f'   day {f["removed_day"]} removed: {f["actor"]} {f["stance"]} from {b["outlet"]}/{b["slug"]}')
print('alerts per day:',dict(sorted(collections.Counter([p[0] for p,b,f in alerts]+[f['removed_day'] for p,b,f in removed]).items())))
sys.exit(1 if errs else 0)
