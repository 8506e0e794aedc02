-- DEMO DATA for quarkus:dev and tests only (quarkus.flyway.locations adds db/dev-data in %dev and %test).
-- Accounts: admin/admin, deputy1..deputy4/deputy, dept1..dept3/dept. Never loaded in production.

insert into department (code, name_zh, name_en, contact_phone) values
    ('URBAN', '区城市管理局', 'District Urban Management Bureau', '0510-80000001'),
    ('HOUSING', '区住房和城乡建设局', 'District Housing and Construction Bureau', '0510-80000002'),
    ('TRANSPORT', '区交通运输局', 'District Transport Bureau', '0510-80000003');

insert into category (code, name_zh, name_en, default_department_id, accept_hours, resolve_hours) values
    ('ENVIRONMENT', '环境卫生', 'Environment and sanitation', (select id from department where code = 'URBAN'), 24, 240),
    ('HOUSING', '住房物业', 'Housing and property management', (select id from department where code = 'HOUSING'), 24, 360),
    ('TRAFFIC', '交通出行', 'Traffic and transport', (select id from department where code = 'TRANSPORT'), 24, 240),
    ('PUBLIC_SERVICE', '公共服务', 'Public services', null, 48, 480),
    ('OTHER', '其他', 'Other', null, 48, 480);

insert into venue (kind, parent_id, name, region, address, latitude, longitude, opening_hours) values
    ('HOME', null, '梁溪区人大代表之家', '梁溪区', '无锡市梁溪区解放南路 1 号', 31.5689, 120.2991, '周一至周五 9:00-17:00');
insert into venue (kind, parent_id, name, region, address, latitude, longitude, opening_hours) values
    ('STATION', (select id from venue where name = '梁溪区人大代表之家'), '崇安寺街道人大代表联络站', '梁溪区',
     '无锡市梁溪区崇安寺街道中山路 200 号', 31.5793, 120.3012, '周一至周五 9:00-17:00，每月第三个星期二全天接待'),
    ('STATION', (select id from venue where name = '梁溪区人大代表之家'), '广益街道人大代表联络站', '梁溪区',
     '无锡市梁溪区广益路 88 号', 31.5905, 120.3345, '周二、周四 14:00-17:00');
insert into venue (kind, parent_id, name, region, address, latitude, longitude, opening_hours) values
    ('POINT', (select id from venue where name = '崇安寺街道人大代表联络站'), '健康社区人大代表联系点', '梁溪区',
     '无锡市梁溪区健康路 12 号社区服务中心', 31.5801, 120.2968, '每月第三个星期二 9:00-11:30'),
    ('POINT', (select id from venue where name = '崇安寺街道人大代表联络站'), '五爱社区人大代表联系点', '梁溪区',
     '无锡市梁溪区五爱路 5 号', 31.5759, 120.3055, '每周三 14:00-16:00');

insert into deputy (name, level, constituency, title, biography, phone, topics) values
    ('王丽', 'MUNICIPAL', '梁溪区第三选区', '社区卫生服务中心主任', '长期关注社区医疗和养老服务。', '13800000001', 'PUBLIC_SERVICE,ENVIRONMENT'),
    ('张伟', 'COUNTY', '崇安寺街道选区', '街道企业负责人', '关注老旧小区改造和物业管理。', '13800000002', 'HOUSING'),
    ('陈静', 'PROVINCIAL', '无锡市选区', '律师', '关注交通安全和公共秩序。', '13800000003', 'TRAFFIC'),
    ('刘强', 'STREET', '健康社区', '社区议事代表', '街道议事代表，熟悉社区情况。', '13800000004', 'ENVIRONMENT,OTHER');

insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays, dates, starts_at, ends_at) values
    ((select id from venue where name = '健康社区人大代表联系点'), (select id from deputy where name = '王丽'),
     'MONTHLY', 3, 'TUESDAY', null, '09:00', '11:30'),
    ((select id from venue where name = '健康社区人大代表联系点'), (select id from deputy where name = '刘强'),
     'WEEKLY', null, 'MONDAY,WEDNESDAY,FRIDAY', null, '14:00', '16:00'),
    ((select id from venue where name = '崇安寺街道人大代表联络站'), (select id from deputy where name = '张伟'),
     'MONTHLY', 3, 'TUESDAY', null, '09:00', '17:00'),
    ((select id from venue where name = '崇安寺街道人大代表联络站'), (select id from deputy where name = '王丽'),
     'WEEKLY', null, 'THURSDAY', null, '14:00', '17:00'),
    ((select id from venue where name = '梁溪区人大代表之家'), (select id from deputy where name = '陈静'),
     'MONTHLY', 3, 'TUESDAY', null, '09:00', '17:00'),
    ((select id from venue where name = '五爱社区人大代表联系点'), (select id from deputy where name = '刘强'),
     'WEEKLY', null, 'WEDNESDAY', null, '14:00', '16:00');

insert into account (username, password_hash, role, deputy_id, department_id) values
    ('admin', '$2a$10$0UyPPH/fkfX6tXirk/Ae3OkOjEqR0SGoqhRQZXEB96U9BxF48sRU.', 'admin', null, null),
    ('deputy1', '$2a$10$qektDzFh0iqhRIWJm6XO1OF0kpiep.GxJt6O8Jn6z1H28KC1QCt5G', 'deputy', (select id from deputy where name = '王丽'), null),
    ('deputy2', '$2a$10$qektDzFh0iqhRIWJm6XO1OF0kpiep.GxJt6O8Jn6z1H28KC1QCt5G', 'deputy', (select id from deputy where name = '张伟'), null),
    ('deputy3', '$2a$10$qektDzFh0iqhRIWJm6XO1OF0kpiep.GxJt6O8Jn6z1H28KC1QCt5G', 'deputy', (select id from deputy where name = '陈静'), null),
    ('deputy4', '$2a$10$qektDzFh0iqhRIWJm6XO1OF0kpiep.GxJt6O8Jn6z1H28KC1QCt5G', 'deputy', (select id from deputy where name = '刘强'), null),
    ('dept1', '$2a$10$rGo8BNwX2f7QBOBnO9soHOKESdza8kil2.A7yE9TDgEfetOgyDgIG', 'department', null, (select id from department where code = 'URBAN')),
    ('dept2', '$2a$10$rGo8BNwX2f7QBOBnO9soHOKESdza8kil2.A7yE9TDgEfetOgyDgIG', 'department', null, (select id from department where code = 'HOUSING')),
    ('dept3', '$2a$10$rGo8BNwX2f7QBOBnO9soHOKESdza8kil2.A7yE9TDgEfetOgyDgIG', 'department', null, (select id from department where code = 'TRANSPORT'));
