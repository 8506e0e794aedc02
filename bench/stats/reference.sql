-- The city's reference data, shaped like Wuxi's (seeds/004): 1,400 venues in 7 districts (84 deputy homes, 336
-- liaison stations under them, 980 contact points under the stations), 8,300 deputies of the five levels plus street
-- representatives, each serving one venue (every venue has 5 or 6), 24 departments and 12 categories.
-- Run on a database the application has migrated (Flyway); ids continue after whatever exists.
\set ON_ERROR_STOP on

insert into department (code, name_zh, name_en)
select 'BENCH_D' || lpad(i::text, 2, '0'), name_zh, name_en
from unnest(array['住房和城乡建设局', '城市管理局', '交通运输局', '生态环境局', '教育局', '卫生健康委员会', '公安局', '民政局',
                  '人力资源和社会保障局', '市场监督管理局', '自然资源和规划局', '水利局', '园林局', '供电公司', '水务集团', '燃气公司',
                  '街道办事处', '应急管理局', '农业农村局', '文化广电和旅游局', '医疗保障局', '住房公积金管理中心', '物业管理办公室', '信访局'],
            array['Housing and Urban-Rural Development', 'City Administration', 'Transport', 'Ecology and Environment',
                  'Education', 'Health Commission', 'Public Security', 'Civil Affairs', 'Human Resources and Social Security',
                  'Market Regulation', 'Natural Resources and Planning', 'Water Resources', 'Parks', 'Power Supply',
                  'Water Supply', 'Gas', 'Sub-district Office', 'Emergency Management', 'Agriculture', 'Culture and Tourism',
                  'Medical Security', 'Housing Provident Fund', 'Property Management Office', 'Petitions Bureau'])
     with ordinality as d(name_zh, name_en, i);

-- weight: cases per 100; department: the one a referral goes to
create table bench.category_spec (code text, name_zh text, name_en text, department text, accept_hours int,
                                  resolve_hours int, weight int);
insert into bench.category_spec values
    ('ENVIRONMENT', '环境卫生', 'Environment and sanitation', 'BENCH_D02', 24, 240, 18),
    ('ROADS', '道路交通', 'Roads and traffic', 'BENCH_D03', 24, 240, 12),
    ('PROPERTY', '物业管理', 'Property management', 'BENCH_D23', 24, 240, 14),
    ('HOUSING', '住房保障', 'Housing', 'BENCH_D01', 48, 360, 6),
    ('NOISE', '噪声扰民', 'Noise', 'BENCH_D04', 24, 168, 6),
    ('GREENERY', '绿化园林', 'Parks and greenery', 'BENCH_D13', 48, 240, 4),
    ('UTILITIES', '水电燃气', 'Water, power and gas', 'BENCH_D14', 12, 120, 8),
    ('EDUCATION', '教育', 'Education', 'BENCH_D05', 48, 480, 5),
    ('HEALTH', '医疗卫生', 'Health', 'BENCH_D06', 48, 360, 5),
    ('SOCIAL', '社会保障', 'Social security', 'BENCH_D09', 48, 360, 7),
    ('SAFETY', '治安安全', 'Public safety', 'BENCH_D07', 12, 168, 6),
    ('OTHER', '其他建议', 'Other suggestions', 'BENCH_D24', 72, 480, 9);
insert into category (code, name_zh, name_en, default_department_id, accept_hours, resolve_hours)
select s.code, s.name_zh, s.name_en, d.id, s.accept_hours, s.resolve_hours
from bench.category_spec s join department d on d.code = s.department;

-- a case's category: slot 0..99 by weight
create table bench.category_pick as
select slot, c.id as category_id, c.accept_hours, c.resolve_hours, c.default_department_id as department_id
from (select code, sum(weight) over (order by code) - weight as first, sum(weight) over (order by code) as last
      from bench.category_spec) w
join category c on c.code = w.code
join generate_series(0, 99) slot on slot >= w.first and slot < w.last;

create table bench.region (i int primary key, name text);
insert into bench.region values (0, '梁溪区'), (1, '锡山区'), (2, '惠山区'), (3, '滨湖区'), (4, '新吴区'), (5, '江阴市'), (6, '宜兴市');

select coalesce(max(id), 0) as venue_base from venue \gset
insert into venue (id, kind, parent_id, name, region, address, opening_hours)
select :venue_base + h, 'HOME', null, r.name || '第' || h || '街道人大代表之家', r.name, r.name || '人民路 ' || h || ' 号',
       '每月第三个星期二 9:00-11:30'
from generate_series(1, 84) h join bench.region r on r.i = (h - 1) % 7;
insert into venue (id, kind, parent_id, name, region, address)
select :venue_base + 84 + s, 'STATION', :venue_base + 1 + (s - 1) % 84,
       p.region || '第' || s || '代表联络站', p.region, p.region || '建设路 ' || s || ' 号'
from generate_series(1, 336) s join venue p on p.id = :venue_base + 1 + (s - 1) % 84;
insert into venue (id, kind, parent_id, name, region, address)
select :venue_base + 420 + k, 'POINT', :venue_base + 85 + (k - 1) % 336,
       p.region || '第' || k || '社区代表联系点', p.region, p.region || '幸福里 ' || k || ' 号社区服务中心'
from generate_series(1, 980) k join venue p on p.id = :venue_base + 85 + (k - 1) % 336;
select setval('venue_id_seq', (select max(id) from venue));

select coalesce(max(id), 0) as deputy_base from deputy \gset
insert into deputy (id, name, level, constituency, topics)
select :deputy_base + i,
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + i % 20]
           || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','华','建国'])[1 + (i / 20) % 20]
           || case when i % 3 = 0 then (array['平','红','东','文','辉'])[1 + (i / 400) % 5] else '' end,
       case when i <= 20 then 'NATIONAL' when i <= 150 then 'PROVINCIAL' when i <= 700 then 'MUNICIPAL'
            when i <= 2800 then 'COUNTY' when i <= 7100 then 'TOWNSHIP' else 'STREET' end,
       (select name from bench.region where i = (d.i - 1) % 7) || '选区',
       ''
from generate_series(1, 8300) d(i);
select setval('deputy_id_seq', (select max(id) from deputy));

-- deputy i serves venue (i - 1) mod 1400: the first 1,400 (national to municipal, and county) one at every venue,
-- homes first; every venue gets 5 or 6 deputies. The third Tuesday is the contact day; some points meet weekly.
insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays)
select :venue_base + 1 + (i - 1) % 1400, :deputy_base + i,
       case when i % 10 = 0 then 'WEEKLY' else 'MONTHLY' end, case when i % 10 = 0 then null else 3 end,
       case when i % 10 = 0 then 'SATURDAY' else 'TUESDAY' end
from generate_series(1, 8300) i;

-- the venue's deputies numbered 0..n-1, for picking one per case
create table bench.venue_deputy as
select venue_id, (row_number() over (partition by venue_id order by deputy_id) - 1)::int as k,
       count(*) over (partition by venue_id)::int as n, deputy_id
from duty where venue_id > :venue_base;
create index on bench.venue_deputy (venue_id, k);

-- venue by popularity: rank r (1 = busiest) is the venue at position (r * 389) mod 1400, so busy venues of every
-- kind and district
create table bench.venue_rank as
select r, :venue_base + 1 + (r * 389) % 1400 as venue_id from generate_series(1, 1400) r;
analyze;
