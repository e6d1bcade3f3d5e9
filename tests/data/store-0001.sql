BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE audit_events (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(200) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	command VARCHAR(60) NOT NULL, 
	reference VARCHAR(32), 
	detail JSON NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (hash), 
	UNIQUE (prev_hash)
);
INSERT INTO "audit_events" VALUES(1,'2026-12-03 15:00:06.706426','Synthetic support_team','support_team','log_incident','CHSCP-2026-0001','{"aware_date": "2026-12-17", "clocks": {"icsc_decision": "2027-01-08", "panel_notification": "2026-12-24", "partner_notice": "2026-12-24", "rapid_review_submission": "2027-01-12"}, "local_authority": "hackney", "notices": ["panel_notification", "partner_notice", "icsc_decision_request"]}','0000000000000000000000000000000000000000000000000000000000000000','5c68213d52a390c2b57938d3ace83f26824f8584ff3c6000bbdaf912a8a59ad0');
INSERT INTO "audit_events" VALUES(2,'2026-12-03 15:00:06.951671','Synthetic support_team','support_team','log_incident','CHSCP-2026-0002','{"aware_date": "2026-12-24", "clocks": {"icsc_decision": "2027-01-15", "panel_notification": "2027-01-05", "partner_notice": "2027-01-05", "rapid_review_submission": "2027-01-19"}, "local_authority": "hackney", "notices": ["panel_notification", "partner_notice", "icsc_decision_request"]}','5c68213d52a390c2b57938d3ace83f26824f8584ff3c6000bbdaf912a8a59ad0','1c5adbd4a3013c544b842ae575d69d6202c9c58a4a3524aea8e6c51c6b062854');
INSERT INTO "audit_events" VALUES(3,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-01-07", "clock": "panel_notification", "due": "2026-12-24", "ladder_round": 0, "late_by_working_days": 1, "occurrence": 1, "party": null, "rung": "still_breached", "scheduled_on": "2027-01-06", "to": ["slt@chscp.example.org"]}','1c5adbd4a3013c544b842ae575d69d6202c9c58a4a3524aea8e6c51c6b062854','0e09e368874eb4379673530a5b617f089c5b4accf7355601ddc108eff0e7c03a');
INSERT INTO "audit_events" VALUES(4,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-01-07", "clock": "partner_notice", "due": "2026-12-24", "ladder_round": 0, "late_by_working_days": 1, "occurrence": 1, "party": null, "rung": "still_breached", "scheduled_on": "2027-01-06", "to": ["slt@chscp.example.org"]}','0e09e368874eb4379673530a5b617f089c5b4accf7355601ddc108eff0e7c03a','7c7d6c503a9574c9de3cd10a9ff5e52e2220361e5966aa5c24b08ea0c3d3916d');
INSERT INTO "audit_events" VALUES(5,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-01-07", "clock": "icsc_decision", "due": "2027-01-08", "ladder_round": 0, "late_by_working_days": 1, "occurrence": 1, "party": null, "rung": "due_soon", "scheduled_on": "2027-01-06", "to": ["icsc@chscp.example.org"]}','7c7d6c503a9574c9de3cd10a9ff5e52e2220361e5966aa5c24b08ea0c3d3916d','736fef039c19e81f3950034a73849f4954c3c8c6c8559337a1dc09b6fa108a75');
INSERT INTO "audit_events" VALUES(6,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-01-07", "clock": "rapid_review_submission", "due": "2027-01-12", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 1, "party": null, "rung": "reminder", "scheduled_on": "2026-12-31", "to": ["spa@chscp.example.org"]}','736fef039c19e81f3950034a73849f4954c3c8c6c8559337a1dc09b6fa108a75','2a81ef8a1bb03cf72a0927105f49a4338868c91c3252cf43f6c25df247fced08');
INSERT INTO "audit_events" VALUES(7,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-01-07", "clock": "panel_notification", "due": "2027-01-05", "ladder_round": 0, "late_by_working_days": 1, "occurrence": 1, "party": null, "rung": "breached", "scheduled_on": "2027-01-06", "to": ["support-team@chscp.example.org", "icsc@chscp.example.org", "slt@chscp.example.org"]}','2a81ef8a1bb03cf72a0927105f49a4338868c91c3252cf43f6c25df247fced08','40ec87beaf0001e65755b4f23093f18af8ce9fd0e3a744ab9a71c40c4681d5bd');
INSERT INTO "audit_events" VALUES(8,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-01-07", "clock": "partner_notice", "due": "2027-01-05", "ladder_round": 0, "late_by_working_days": 1, "occurrence": 1, "party": null, "rung": "breached", "scheduled_on": "2027-01-06", "to": ["support-team@chscp.example.org", "icsc@chscp.example.org", "slt@chscp.example.org"]}','40ec87beaf0001e65755b4f23093f18af8ce9fd0e3a744ab9a71c40c4681d5bd','83b118236acc8c2898df5decae9f9998733fb1e56d3c5b45be9eed28fc354e01');
INSERT INTO "audit_events" VALUES(9,'2026-12-03 15:00:07.128178','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-01-07", "clock": "icsc_decision", "due": "2027-01-15", "ladder_round": 0, "late_by_working_days": 0, "occurrence": 1, "party": null, "rung": "reminder", "scheduled_on": "2027-01-07", "to": ["icsc@chscp.example.org"]}','83b118236acc8c2898df5decae9f9998733fb1e56d3c5b45be9eed28fc354e01','a9f83729fbebb7c4be0992c2f64df0c7e0b9de1d64c9fa8b9d168157893622e1');
INSERT INTO "audit_events" VALUES(10,'2026-12-03 15:00:07.348931','Synthetic icsc','icsc','decide','CHSCP-2026-0001','{"considered": {"19.15a": "met", "19.15b": "not_met", "19.15c": "not_met", "19.15d": "not_met", "19.16a": "not_met", "19.16b": "not_met", "19.16c": "not_met", "19.16d": "not_met"}, "criteria": ["19.15a"], "decided_on": "2027-01-08", "immediate_actions": false, "outcome": "local_review", "revision": 1}','a9f83729fbebb7c4be0992c2f64df0c7e0b9de1d64c9fa8b9d168157893622e1','016dc583753e80d948665f70da6ce4a100b949e6b6077aed66351cd0e64290fd');
INSERT INTO "audit_events" VALUES(11,'2026-12-03 15:00:07.717705','Synthetic partner','partner','ratify','CHSCP-2026-0001','{"answer": "ratified", "on": "2027-01-11", "partner": "hackney-council", "revision": 1}','016dc583753e80d948665f70da6ce4a100b949e6b6077aed66351cd0e64290fd','dea944f4f455b26b6189b3d685b6a937257ce6e5b972b1c035c2aea0c1979ce7');
INSERT INTO "audit_events" VALUES(12,'2026-12-03 15:00:07.807338','Synthetic support_team','support_team','record_family_notified','CHSCP-2026-0001','{"clock_met": true, "how": "letter", "on": "2027-01-12", "revision": 1}','dea944f4f455b26b6189b3d685b6a937257ce6e5b972b1c035c2aea0c1979ce7','52d6a849d878646417f6822c0266e999d065885519736a0547ad6a05c678de1f');
INSERT INTO "audit_events" VALUES(13,'2026-12-03 15:00:07.896657','Synthetic icsc','icsc','pause_clock','CHSCP-2026-0002','{"changes": [{"change": "paused", "clock": "icsc_decision", "new_due": "2027-01-15", "old_due": "2027-01-15", "party": null, "reason": "Synthetic: awaiting police.", "reference": "CHSCP-2026-0002", "status": "open"}]}','52d6a849d878646417f6822c0266e999d065885519736a0547ad6a05c678de1f','98aba2af364ee1cb6407f405a9c4354fbfde9022f9020f63861c8da55e3b71a9');
INSERT INTO "audit_events" VALUES(14,'2026-12-03 15:00:07.982838','Synthetic spa','spa','add_recommendation','CHSCP-2026-0001','{"number": 1, "recommendation_id": 1}','98aba2af364ee1cb6407f405a9c4354fbfde9022f9020f63861c8da55e3b71a9','050b39fd2c2cbb2314ba91bc394fe5848c516940d357b8ff5aaef0f1c5e2e191');
INSERT INTO "audit_events" VALUES(15,'2026-12-03 15:00:08.055043','Synthetic support_team','support_team','add_action','CHSCP-2026-0001','{"action_id": 1, "agency": "hackney-council", "due": "2027-02-19", "recommendation": 1}','050b39fd2c2cbb2314ba91bc394fe5848c516940d357b8ff5aaef0f1c5e2e191','b8a52ecd523158baa65493bd8d0fad10ad77728222ed340b64b231ff11584e84');
INSERT INTO "audit_events" VALUES(16,'2026-12-03 15:00:08.137636','Synthetic support_team','support_team','add_action','CHSCP-2026-0001','{"action_id": 2, "agency": "Homerton University Hospital", "due": "2027-06-30", "recommendation": 1}','b8a52ecd523158baa65493bd8d0fad10ad77728222ed340b64b231ff11584e84','923d45be135d9d2ae85a76ca5e600fc3a40ab6daa42075a595338f19062bb10b');
INSERT INTO "audit_events" VALUES(17,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "panel_notification", "due": "2026-12-24", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 7, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','923d45be135d9d2ae85a76ca5e600fc3a40ab6daa42075a595338f19062bb10b','24a42bc3633cdb47444bc03099f148147546c647355f2967eba5c9f063bcb3c3');
INSERT INTO "audit_events" VALUES(18,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "partner_notice", "due": "2026-12-24", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 7, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','24a42bc3633cdb47444bc03099f148147546c647355f2967eba5c9f063bcb3c3','9f506d3dfb759326ba4b3faafb640e0a697dfafe0cc0baa7f29a29a5305d8cda');
INSERT INTO "audit_events" VALUES(19,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "rapid_review_submission", "due": "2027-01-12", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 5, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','9f506d3dfb759326ba4b3faafb640e0a697dfafe0cc0baa7f29a29a5305d8cda','f3d12c5597db882a61d1c9a32fd3caee2f7efc4b86e21d6d115fbf407b111b8e');
INSERT INTO "audit_events" VALUES(20,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-02-23", "clock": "panel_notification", "due": "2027-01-05", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 6, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','f3d12c5597db882a61d1c9a32fd3caee2f7efc4b86e21d6d115fbf407b111b8e','aec4d60b588ed5dfbf8942035743fd991bd337b7280ac26be5d259a24d6e8bd7');
INSERT INTO "audit_events" VALUES(21,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-02-23", "clock": "partner_notice", "due": "2027-01-05", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 6, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','aec4d60b588ed5dfbf8942035743fd991bd337b7280ac26be5d259a24d6e8bd7','699516bd5f2f9072287d9f5e4b0f2d6c43c25fab8b84a36b2b97dde0152c3e4d');
INSERT INTO "audit_events" VALUES(22,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0002','{"as_of": "2027-02-23", "clock": "rapid_review_submission", "due": "2027-01-19", "ladder_round": 0, "late_by_working_days": 4, "occurrence": 4, "party": null, "rung": "still_breached", "scheduled_on": "2027-02-17", "to": ["slt@chscp.example.org"]}','699516bd5f2f9072287d9f5e4b0f2d6c43c25fab8b84a36b2b97dde0152c3e4d','717f868776c3e9fa32ed9ec2cc49b79845ca0ac8f57d2ac47d0bcbaf203586a7');
INSERT INTO "audit_events" VALUES(23,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "partner_ratification", "due": "2027-01-13", "ladder_round": 0, "late_by_working_days": 3, "occurrence": 5, "party": "city-and-hackney-ccg", "rung": "still_breached", "scheduled_on": "2027-02-18", "to": ["slt@chscp.example.org"]}','717f868776c3e9fa32ed9ec2cc49b79845ca0ac8f57d2ac47d0bcbaf203586a7','c114c6c67587e93bb08f391efc83c6d75f769ee20eba0e159baa50968bfa0a8d');
INSERT INTO "audit_events" VALUES(24,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "partner_ratification", "due": "2027-01-13", "ladder_round": 0, "late_by_working_days": 3, "occurrence": 5, "party": "city-of-london-corporation", "rung": "still_breached", "scheduled_on": "2027-02-18", "to": ["slt@chscp.example.org"]}','c114c6c67587e93bb08f391efc83c6d75f769ee20eba0e159baa50968bfa0a8d','6b3fe9ac594e6d69e76f3270e0d72ee55d327947635a18565b9f9b404da6b8b5');
INSERT INTO "audit_events" VALUES(25,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "partner_ratification", "due": "2027-01-13", "ladder_round": 0, "late_by_working_days": 3, "occurrence": 5, "party": "city-of-london-police", "rung": "still_breached", "scheduled_on": "2027-02-18", "to": ["slt@chscp.example.org"]}','6b3fe9ac594e6d69e76f3270e0d72ee55d327947635a18565b9f9b404da6b8b5','3f2c86b0e5226a31d5937c9f834a131c0992a0421cef2e0630ad9296fef6f8d7');
INSERT INTO "audit_events" VALUES(26,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate','CHSCP-2026-0001','{"as_of": "2027-02-23", "clock": "partner_ratification", "due": "2027-01-13", "ladder_round": 0, "late_by_working_days": 3, "occurrence": 5, "party": "metropolitan-police", "rung": "still_breached", "scheduled_on": "2027-02-18", "to": ["slt@chscp.example.org"]}','3f2c86b0e5226a31d5937c9f834a131c0992a0421cef2e0630ad9296fef6f8d7','064bb0aaa2d6e797a11b94f30196227c8eab539934026977a4379b030fb2bf33');
INSERT INTO "audit_events" VALUES(27,'2026-12-03 15:00:08.222534','Synthetic support_team','support_team','escalate_action','CHSCP-2026-0001','{"action_id": 1, "as_of": "2027-02-23", "due": "2027-02-19", "late_by_working_days": 1, "occurrence": 1, "rung": "breached", "scheduled_on": "2027-02-22", "to": ["safeguarding-lead@hackney-council.example.org", "icsc@chscp.example.org", "slt@chscp.example.org"]}','064bb0aaa2d6e797a11b94f30196227c8eab539934026977a4379b030fb2bf33','8c8c6c4504943df196a5661c3ba1e313518547bc3f99d440e890b32f2460a85a');
INSERT INTO "audit_events" VALUES(28,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "panel_notification", "notice_id": 1, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000001-panel_notification.eml"}','8c8c6c4504943df196a5661c3ba1e313518547bc3f99d440e890b32f2460a85a','b638887d79998b1605a8c81775bd73562fe8776001813cff7aa1727683e9bddd');
INSERT INTO "audit_events" VALUES(29,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "partner_notice", "notice_id": 2, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000002-partner_notice.eml"}','b638887d79998b1605a8c81775bd73562fe8776001813cff7aa1727683e9bddd','0afcbca7fdee7d7e571818c9237b215942c7f2c32789ecca98379326d601978d');
INSERT INTO "audit_events" VALUES(30,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "icsc_decision_request", "notice_id": 3, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000003-icsc_decision_request.eml"}','0afcbca7fdee7d7e571818c9237b215942c7f2c32789ecca98379326d601978d','bd9cd56fa30de80b41a72473d09c2b57b305dc9acb74f5a6c9bbd618d8d95e60');
INSERT INTO "audit_events" VALUES(31,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "panel_notification", "notice_id": 4, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000004-panel_notification.eml"}','bd9cd56fa30de80b41a72473d09c2b57b305dc9acb74f5a6c9bbd618d8d95e60','4cf3ed08d68e63efc526ee8ca5f4f912396a40b622d098827232088594f079d8');
INSERT INTO "audit_events" VALUES(32,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "partner_notice", "notice_id": 5, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000005-partner_notice.eml"}','4cf3ed08d68e63efc526ee8ca5f4f912396a40b622d098827232088594f079d8','319db32c4a356dd6b75b6ed2b67b2de5a78bf3970f417b72a8930605521d2389');
INSERT INTO "audit_events" VALUES(33,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "icsc_decision_request", "notice_id": 6, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000006-icsc_decision_request.eml"}','319db32c4a356dd6b75b6ed2b67b2de5a78bf3970f417b72a8930605521d2389','beb4dc8eec2ce0c6fd7e9a96a3beba271d65cf55d94d91c2572a75fca19cdf52');
INSERT INTO "audit_events" VALUES(34,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 7, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000007-still_breached.eml"}','beb4dc8eec2ce0c6fd7e9a96a3beba271d65cf55d94d91c2572a75fca19cdf52','6fbaa3d072b9229aead43cb72ff6b061b65cba125a0698c714806a662cc6b595');
INSERT INTO "audit_events" VALUES(35,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 8, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000008-still_breached.eml"}','6fbaa3d072b9229aead43cb72ff6b061b65cba125a0698c714806a662cc6b595','69b47e9395173bb102e2a7b5214ffcff9e1bb97760456baad34e71954ecf4229');
INSERT INTO "audit_events" VALUES(36,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "due_soon", "notice_id": 9, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000009-due_soon.eml"}','69b47e9395173bb102e2a7b5214ffcff9e1bb97760456baad34e71954ecf4229','c26e4d743a8ecf1016674196f99e7ff9d1abe6f74a54509cd6743d8f21d45ce8');
INSERT INTO "audit_events" VALUES(37,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "reminder", "notice_id": 10, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000010-reminder.eml"}','c26e4d743a8ecf1016674196f99e7ff9d1abe6f74a54509cd6743d8f21d45ce8','741a4e354a0f1d6e4136d23ef3f9a4bdf6fd0733e7c1b9e9e5b4d7574b6a66a7');
INSERT INTO "audit_events" VALUES(38,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "breached", "notice_id": 11, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000011-breached.eml"}','741a4e354a0f1d6e4136d23ef3f9a4bdf6fd0733e7c1b9e9e5b4d7574b6a66a7','f7d44a0216f0dd0886578dc3be2e36390e22664d9433444b95377cb438051661');
INSERT INTO "audit_events" VALUES(39,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "breached", "notice_id": 12, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000012-breached.eml"}','f7d44a0216f0dd0886578dc3be2e36390e22664d9433444b95377cb438051661','537e9cbbb8dc3d4bfb85423b0de16750e6f186be7b9002a3601c84580d2511b7');
INSERT INTO "audit_events" VALUES(40,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "reminder", "notice_id": 13, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000013-reminder.eml"}','537e9cbbb8dc3d4bfb85423b0de16750e6f186be7b9002a3601c84580d2511b7','97702fed010037ed987a9227c617ea2dd72fc8f47d85216dfb6ff7d56b40fbe4');
INSERT INTO "audit_events" VALUES(41,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "ratification_request", "notice_id": 14, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000014-ratification_request.eml"}','97702fed010037ed987a9227c617ea2dd72fc8f47d85216dfb6ff7d56b40fbe4','d43cc2a8089b579765ea0ec4a0dead7c25b76dec1df246ed2c33ae8f6110f6a8');
INSERT INTO "audit_events" VALUES(42,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "ratification_request", "notice_id": 15, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000015-ratification_request.eml"}','d43cc2a8089b579765ea0ec4a0dead7c25b76dec1df246ed2c33ae8f6110f6a8','b4264d17f18790d68f9e0560bc6eca8faf001625e7bca71a12c3e01b1acc3ded');
INSERT INTO "audit_events" VALUES(43,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "ratification_request", "notice_id": 16, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000016-ratification_request.eml"}','b4264d17f18790d68f9e0560bc6eca8faf001625e7bca71a12c3e01b1acc3ded','26e863414b849ee46b257c324b6d450b172b38a2ccd9d9cd924bf44464eb894d');
INSERT INTO "audit_events" VALUES(44,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "ratification_request", "notice_id": 17, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000017-ratification_request.eml"}','26e863414b849ee46b257c324b6d450b172b38a2ccd9d9cd924bf44464eb894d','f65c88beb2f42388f950dc36d9f56ac260ed0e1c1178b4ecea9f89a453af4e17');
INSERT INTO "audit_events" VALUES(45,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "ratification_request", "notice_id": 18, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000018-ratification_request.eml"}','f65c88beb2f42388f950dc36d9f56ac260ed0e1c1178b4ecea9f89a453af4e17','2166f66498b3f160d9062b6b8a1a2b2073c0e1a6e3bc223df564a2a526b25c97');
INSERT INTO "audit_events" VALUES(46,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "family_outcome_letter", "notice_id": 19, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000019-family_outcome_letter.eml"}','2166f66498b3f160d9062b6b8a1a2b2073c0e1a6e3bc223df564a2a526b25c97','4d8789683953775843d69f69a67152d43461863e931a3ccd96c103eb2cc9107a');
INSERT INTO "audit_events" VALUES(47,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 20, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000020-still_breached.eml"}','4d8789683953775843d69f69a67152d43461863e931a3ccd96c103eb2cc9107a','89f6292e6e10e09c3b037ba9ba1fad02e20dfabe158bb70150b42413605f927c');
INSERT INTO "audit_events" VALUES(48,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 21, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000021-still_breached.eml"}','89f6292e6e10e09c3b037ba9ba1fad02e20dfabe158bb70150b42413605f927c','455774ec34488eba6d4565c71ec61713c2b2b73d9c86e7988e333f983ad8c72f');
INSERT INTO "audit_events" VALUES(49,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 22, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000022-still_breached.eml"}','455774ec34488eba6d4565c71ec61713c2b2b73d9c86e7988e333f983ad8c72f','0bf8a6a20493bd7f85d149b2a44734913bf184d7afdf892eb8aa10e12c409856');
INSERT INTO "audit_events" VALUES(50,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "still_breached", "notice_id": 23, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000023-still_breached.eml"}','0bf8a6a20493bd7f85d149b2a44734913bf184d7afdf892eb8aa10e12c409856','be5140f79d4f46d85c18e8aa925840ebe932dc151a7b73de74605057b925cdd3');
INSERT INTO "audit_events" VALUES(51,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "still_breached", "notice_id": 24, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000024-still_breached.eml"}','be5140f79d4f46d85c18e8aa925840ebe932dc151a7b73de74605057b925cdd3','b9f00be7151e6c46280b90ef15bffd53275ff6c6f829910d94560da6824aae1d');
INSERT INTO "audit_events" VALUES(52,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0002','{"kind": "still_breached", "notice_id": 25, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0002/000025-still_breached.eml"}','b9f00be7151e6c46280b90ef15bffd53275ff6c6f829910d94560da6824aae1d','a8b37d553705cbc0e3ed52b3f7cc518606f16be88a3e233dac723709970f4cad');
INSERT INTO "audit_events" VALUES(53,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 26, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000026-still_breached.eml"}','a8b37d553705cbc0e3ed52b3f7cc518606f16be88a3e233dac723709970f4cad','924064262c5e3dcca46449be98a12ba10bebf05406f6028007aedca0fa3e8bbb');
INSERT INTO "audit_events" VALUES(54,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 27, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000027-still_breached.eml"}','924064262c5e3dcca46449be98a12ba10bebf05406f6028007aedca0fa3e8bbb','70fbdc6643dca76ef6b883f22bf5fb940dc70aea84961a0fddd0518b6dd99c02');
INSERT INTO "audit_events" VALUES(55,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 28, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000028-still_breached.eml"}','70fbdc6643dca76ef6b883f22bf5fb940dc70aea84961a0fddd0518b6dd99c02','9cf71848482ddba54658181c058f37acf41c8924962afdf6dcb7980f37907cce');
INSERT INTO "audit_events" VALUES(56,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "still_breached", "notice_id": 29, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000029-still_breached.eml"}','9cf71848482ddba54658181c058f37acf41c8924962afdf6dcb7980f37907cce','9f9716333f6156c75b800f322b28f9109c21ce802115698b585a1917ea3f701e');
INSERT INTO "audit_events" VALUES(57,'2026-12-03 15:00:08.535491','Synthetic support_team','support_team','deliver_notice','CHSCP-2026-0001','{"kind": "learning_action", "notice_id": 30, "receipt": "/tmp/tmpgtci45zj/CHSCP-2026-0001/000030-learning_action.eml"}','9f9716333f6156c75b800f322b28f9109c21ce802115698b585a1917ea3f701e','0b290047773017a788d25202c98137356e9c4d5a7764d2b6d720c34218fedc2f');
CREATE TABLE cases (
	id INTEGER NOT NULL, 
	reference VARCHAR(32) NOT NULL, 
	intake_key VARCHAR(64) NOT NULL, 
	caller_reference VARCHAR(64), 
	local_authority VARCHAR(64) NOT NULL, 
	incident_date DATE NOT NULL, 
	aware_date DATE NOT NULL, 
	harm VARCHAR(20) NOT NULL, 
	abuse_or_neglect VARCHAR(20) NOT NULL, 
	location VARCHAR(20) NOT NULL, 
	looked_after BOOLEAN NOT NULL, 
	criminal_investigation BOOLEAN NOT NULL, 
	considered_at_discretion BOOLEAN NOT NULL, 
	summary TEXT NOT NULL, 
	reported_by VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	logged_by VARCHAR(200) NOT NULL, 
	stage VARCHAR(20) NOT NULL, 
	rapid_review_submitted_on DATE, 
	police_cps_consulted_on DATE, 
	family_notified_on DATE, 
	family_notified_how VARCHAR(20), 
	family_met_on DATE, 
	PRIMARY KEY (id), 
	UNIQUE (intake_key)
);
INSERT INTO "cases" VALUES(1,'CHSCP-2026-0001','7364e7ea8f4de06c4f9ad59f6fa1445653d7b52280b534808062f5a886854618','SYN-0001','hackney','2026-12-16','2026-12-17','serious_harm','suspected','in_area',0,0,0,'Synthetic: injuries not consistent with the account given.','Synthetic hospital safeguarding team','open','2026-12-03 15:00:06.706426','Synthetic support_team (support_team)','decided',NULL,NULL,'2027-01-12','letter',NULL);
INSERT INTO "cases" VALUES(2,'CHSCP-2026-0002','f0bf17cfdeb20420acf50c72dae783a9e6c1141e82974cca968464210e9f4bfc','SYN-0002','hackney','2026-12-16','2026-12-24','serious_harm','suspected','in_area',0,0,0,'Synthetic: injuries not consistent with the account given.','Synthetic hospital safeguarding team','open','2026-12-03 15:00:06.951671','Synthetic support_team (support_team)','intake',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE children (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	initials VARCHAR(4) NOT NULL, 
	age INTEGER NOT NULL, 
	sex VARCHAR(10) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id)
);
INSERT INTO "children" VALUES(1,1,'QZ',4,'female');
INSERT INTO "children" VALUES(2,2,'QZ',4,'female');
CREATE TABLE clock_changes (
	id INTEGER NOT NULL, 
	clock_id INTEGER NOT NULL, 
	old_due DATE, 
	new_due DATE, 
	change VARCHAR(20) NOT NULL, 
	reason TEXT NOT NULL, 
	actor VARCHAR(200) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clock_id) REFERENCES clocks (id)
);
INSERT INTO "clock_changes" VALUES(1,1,NULL,'2026-12-24','planned','5 working days after the local authority became aware (Thu 17 Dec 2026); 19.5-19.7.','Synthetic support_team (support_team)','2026-12-03 15:00:06.706426');
INSERT INTO "clock_changes" VALUES(2,2,NULL,'2026-12-24','planned','5 working days after the local authority became aware (Thu 17 Dec 2026); 19.8.','Synthetic support_team (support_team)','2026-12-03 15:00:06.706426');
INSERT INTO "clock_changes" VALUES(3,3,NULL,'2027-01-08','planned','2 working days before the rapid review is due (Tue 12 Jan 2027); 19.11-19.17.','Synthetic support_team (support_team)','2026-12-03 15:00:06.706426');
INSERT INTO "clock_changes" VALUES(4,4,NULL,'2027-01-12','planned','15 working days after the local authority became aware (Thu 17 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.','Synthetic support_team (support_team)','2026-12-03 15:00:06.706426');
INSERT INTO "clock_changes" VALUES(5,5,NULL,'2027-01-05','planned','5 working days after the local authority became aware (Thu 24 Dec 2026); 19.5-19.7. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.','Synthetic support_team (support_team)','2026-12-03 15:00:06.951671');
INSERT INTO "clock_changes" VALUES(6,6,NULL,'2027-01-05','planned','5 working days after the local authority became aware (Thu 24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.','Synthetic support_team (support_team)','2026-12-03 15:00:06.951671');
INSERT INTO "clock_changes" VALUES(7,7,NULL,'2027-01-15','planned','2 working days before the rapid review is due (Tue 19 Jan 2027); 19.11-19.17.','Synthetic support_team (support_team)','2026-12-03 15:00:06.951671');
INSERT INTO "clock_changes" VALUES(8,8,NULL,'2027-01-19','planned','15 working days after the local authority became aware (Thu 24 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.','Synthetic support_team (support_team)','2026-12-03 15:00:06.951671');
INSERT INTO "clock_changes" VALUES(9,3,'2027-01-08','2027-01-08','met','ICSC decided (local_review) on 2027-01-08','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(10,9,NULL,'2027-01-13','planned','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(11,10,NULL,'2027-01-13','planned','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(12,11,NULL,'2027-01-13','planned','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(13,12,NULL,'2027-01-13','planned','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(14,13,NULL,'2027-01-13','planned','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(15,14,NULL,'2027-01-22','planned','10 working days after the ICSC decided (Fri 8 Jan 2027); 19.21-19.22.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(16,15,NULL,'2027-07-08','planned','6 calendar months after the decision to start a local review (Fri 8 Jan 2027); 19.24.','Synthetic icsc (icsc)','2026-12-03 15:00:07.348931');
INSERT INTO "clock_changes" VALUES(17,12,'2027-01-13','2027-01-13','met','ratified by Hackney Council on 2027-01-11','Synthetic partner (partner)','2026-12-03 15:00:07.717705');
INSERT INTO "clock_changes" VALUES(18,14,'2027-01-22','2027-01-22','met','family told (letter) on 2027-01-12','Synthetic support_team (support_team)','2026-12-03 15:00:07.807338');
INSERT INTO "clock_changes" VALUES(19,7,'2027-01-15','2027-01-15','paused','paused from 2027-01-12: Synthetic: awaiting police.','Synthetic icsc (icsc)','2026-12-03 15:00:07.896657');
CREATE TABLE clocks (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	party VARCHAR(64) NOT NULL, 
	start DATE NOT NULL, 
	due DATE NOT NULL, 
	action_by DATE NOT NULL, 
	working_days INTEGER NOT NULL, 
	statutory BOOLEAN NOT NULL, 
	basis VARCHAR(40) NOT NULL, 
	owner VARCHAR(120) NOT NULL, 
	recipients VARCHAR(200) NOT NULL, 
	explanation TEXT NOT NULL, 
	provisional BOOLEAN NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	met_on DATE, 
	paused_on DATE, 
	pause_reason TEXT, 
	ladder_round INTEGER NOT NULL, 
	ladder_mark DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	CONSTRAINT uq_clock_case_kind_party UNIQUE (case_id, kind, party)
);
INSERT INTO "clocks" VALUES(1,1,'panel_notification','','2026-12-17','2026-12-24','2026-12-24',5,1,'19.5-19.7','local authority (support team)','the Panel','5 working days after the local authority became aware (Thu 17 Dec 2026); 19.5-19.7.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(2,1,'partner_notice','','2026-12-17','2026-12-24','2026-12-24',5,1,'19.8','local authority (support team)','all safeguarding partners, the support team and the ICSC','5 working days after the local authority became aware (Thu 17 Dec 2026); 19.8.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(3,1,'icsc_decision','','2026-12-17','2027-01-08','2027-01-08',13,0,'19.11-19.17','ICSC','the support team and the safeguarding partners','2 working days before the rapid review is due (Tue 12 Jan 2027); 19.11-19.17.',0,'met','2027-01-08',NULL,NULL,0,'2027-01-06');
INSERT INTO "clocks" VALUES(4,1,'rapid_review_submission','','2026-12-17','2027-01-12','2027-01-12',15,1,'19.11-19.13','SPA, agreed by the ICSC, shared with partners first','the Panel','15 working days after the local authority became aware (Thu 17 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(5,2,'panel_notification','','2026-12-24','2027-01-05','2027-01-05',5,1,'19.5-19.7','local authority (support team)','the Panel','5 working days after the local authority became aware (Thu 24 Dec 2026); 19.5-19.7. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(6,2,'partner_notice','','2026-12-24','2027-01-05','2027-01-05',5,1,'19.8','local authority (support team)','all safeguarding partners, the support team and the ICSC','5 working days after the local authority became aware (Thu 24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(7,2,'icsc_decision','','2026-12-24','2027-01-15','2027-01-15',13,0,'19.11-19.17','ICSC','the support team and the safeguarding partners','2 working days before the rapid review is due (Tue 19 Jan 2027); 19.11-19.17.',0,'open',NULL,'2027-01-12','Synthetic: awaiting police.',0,'2027-01-07');
INSERT INTO "clocks" VALUES(8,2,'rapid_review_submission','','2026-12-24','2027-01-19','2027-01-19',15,1,'19.11-19.13','SPA, agreed by the ICSC, shared with partners first','the Panel','15 working days after the local authority became aware (Thu 24 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.',0,'open',NULL,NULL,NULL,0,'2027-02-17');
INSERT INTO "clocks" VALUES(9,1,'partner_ratification','city-and-hackney-ccg','2027-01-08','2027-01-13','2027-01-13',3,0,'11.5','each safeguarding partner','the ICSC','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.',0,'open',NULL,NULL,NULL,0,'2027-02-18');
INSERT INTO "clocks" VALUES(10,1,'partner_ratification','city-of-london-corporation','2027-01-08','2027-01-13','2027-01-13',3,0,'11.5','each safeguarding partner','the ICSC','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.',0,'open',NULL,NULL,NULL,0,'2027-02-18');
INSERT INTO "clocks" VALUES(11,1,'partner_ratification','city-of-london-police','2027-01-08','2027-01-13','2027-01-13',3,0,'11.5','each safeguarding partner','the ICSC','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.',0,'open',NULL,NULL,NULL,0,'2027-02-18');
INSERT INTO "clocks" VALUES(12,1,'partner_ratification','hackney-council','2027-01-08','2027-01-13','2027-01-13',3,0,'11.5','each safeguarding partner','the ICSC','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.',0,'met','2027-01-11',NULL,NULL,0,NULL);
INSERT INTO "clocks" VALUES(13,1,'partner_ratification','metropolitan-police','2027-01-08','2027-01-13','2027-01-13',3,0,'11.5','each safeguarding partner','the ICSC','3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.',0,'open',NULL,NULL,NULL,0,'2027-02-18');
INSERT INTO "clocks" VALUES(14,1,'family_notification','','2027-01-08','2027-01-22','2027-01-22',10,0,'19.21-19.22','support team','the child / family, via the practitioner','10 working days after the ICSC decided (Fri 8 Jan 2027); 19.21-19.22.',0,'met','2027-01-12',NULL,NULL,0,NULL);
INSERT INTO "clocks" VALUES(15,1,'publication','','2027-01-08','2027-07-08','2027-07-08',125,1,'19.24','safeguarding partners','the public (partnership website)','6 calendar months after the decision to start a local review (Fri 8 Jan 2027); 19.24.',0,'open',NULL,NULL,NULL,0,NULL);
CREATE TABLE decisions (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	revision INTEGER NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	criteria JSON NOT NULL, 
	considered JSON NOT NULL, 
	rationale TEXT NOT NULL, 
	family_rationale TEXT NOT NULL, 
	immediate_actions TEXT NOT NULL, 
	decided_on DATE NOT NULL, 
	decided_by VARCHAR(200) NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	CONSTRAINT uq_decision_case_revision UNIQUE (case_id, revision)
);
INSERT INTO "decisions" VALUES(1,1,1,'local_review','["19.15a"]','[{"code": "19.15a", "finding": "met", "reason": "agencies did not share what they knew"}, {"code": "19.15b", "finding": "not_met", "reason": ""}, {"code": "19.15c", "finding": "not_met", "reason": ""}, {"code": "19.15d", "finding": "not_met", "reason": ""}, {"code": "19.16a", "finding": "not_met", "reason": ""}, {"code": "19.16b", "finding": "not_met", "reason": ""}, {"code": "19.16c", "finding": "not_met", "reason": ""}, {"code": "19.16d", "finding": "not_met", "reason": ""}]','Agencies did not share what they knew.','The services that knew your child did not share what they knew.','','2027-01-08','Synthetic icsc','2026-12-03 15:00:07.348931');
CREATE TABLE digests (
	id INTEGER NOT NULL, 
	as_of DATE NOT NULL, 
	since DATETIME, 
	recipients JSON NOT NULL, 
	subject VARCHAR(250) NOT NULL, 
	body_text TEXT NOT NULL, 
	body_html TEXT NOT NULL, 
	summary JSON NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	receipt VARCHAR(500), 
	created_at DATETIME NOT NULL, 
	delivered_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (as_of)
);
CREATE TABLE escalations (
	id INTEGER NOT NULL, 
	clock_id INTEGER NOT NULL, 
	rung VARCHAR(20) NOT NULL, 
	occurrence INTEGER NOT NULL, 
	ladder_round INTEGER NOT NULL, 
	scheduled_on DATE NOT NULL, 
	fired_on DATE NOT NULL, 
	due DATE NOT NULL, 
	late_by_working_days INTEGER NOT NULL, 
	recipients JSON NOT NULL, 
	notice_id INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clock_id) REFERENCES clocks (id), 
	FOREIGN KEY(notice_id) REFERENCES notices (id), 
	CONSTRAINT uq_escalation_clock_rung_occurrence UNIQUE (clock_id, rung, occurrence, ladder_round)
);
INSERT INTO "escalations" VALUES(1,1,'still_breached',1,0,'2027-01-06','2027-01-07','2026-12-24',1,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',7,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(2,2,'still_breached',1,0,'2027-01-06','2027-01-07','2026-12-24',1,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',8,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(3,3,'due_soon',1,0,'2027-01-06','2027-01-07','2027-01-08',1,'[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]',9,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(4,4,'reminder',1,0,'2026-12-31','2027-01-07','2027-01-12',4,'[{"name": "Senior Professional Advisor", "email": "spa@chscp.example.org"}]',10,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(5,5,'breached',1,0,'2027-01-06','2027-01-07','2027-01-05',1,'[{"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',11,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(6,6,'breached',1,0,'2027-01-06','2027-01-07','2027-01-05',1,'[{"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',12,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(7,7,'reminder',1,0,'2027-01-07','2027-01-07','2027-01-15',0,'[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]',13,'2026-12-03 15:00:07.128178');
INSERT INTO "escalations" VALUES(8,1,'still_breached',7,0,'2027-02-17','2027-02-23','2026-12-24',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',20,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(9,2,'still_breached',7,0,'2027-02-17','2027-02-23','2026-12-24',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',21,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(10,4,'still_breached',5,0,'2027-02-17','2027-02-23','2027-01-12',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',22,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(11,5,'still_breached',6,0,'2027-02-17','2027-02-23','2027-01-05',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',23,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(12,6,'still_breached',6,0,'2027-02-17','2027-02-23','2027-01-05',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',24,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(13,8,'still_breached',4,0,'2027-02-17','2027-02-23','2027-01-19',4,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',25,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(14,9,'still_breached',5,0,'2027-02-18','2027-02-23','2027-01-13',3,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',26,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(15,10,'still_breached',5,0,'2027-02-18','2027-02-23','2027-01-13',3,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',27,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(16,11,'still_breached',5,0,'2027-02-18','2027-02-23','2027-01-13',3,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',28,'2026-12-03 15:00:08.222534');
INSERT INTO "escalations" VALUES(17,13,'still_breached',5,0,'2027-02-18','2027-02-23','2027-01-13',3,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',29,'2026-12-03 15:00:08.222534');
CREATE TABLE learning_action_escalations (
	id INTEGER NOT NULL, 
	action_id INTEGER NOT NULL, 
	rung VARCHAR(20) NOT NULL, 
	occurrence INTEGER NOT NULL, 
	scheduled_on DATE NOT NULL, 
	fired_on DATE NOT NULL, 
	due DATE NOT NULL, 
	late_by_working_days INTEGER NOT NULL, 
	recipients JSON NOT NULL, 
	notice_id INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(action_id) REFERENCES learning_actions (id), 
	FOREIGN KEY(notice_id) REFERENCES notices (id), 
	CONSTRAINT uq_action_escalation_rung_occurrence UNIQUE (action_id, rung, occurrence)
);
INSERT INTO "learning_action_escalations" VALUES(1,1,'breached',1,'2027-02-22','2027-02-23','2027-02-19',1,'[{"name": "Hackney Council", "email": "safeguarding-lead@hackney-council.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]',30,'2026-12-03 15:00:08.222534');
CREATE TABLE learning_action_updates (
	id INTEGER NOT NULL, 
	action_id INTEGER NOT NULL, 
	"on" DATE NOT NULL, 
	note TEXT NOT NULL, 
	"by" VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(action_id) REFERENCES learning_actions (id)
);
CREATE TABLE learning_actions (
	id INTEGER NOT NULL, 
	recommendation_id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	agency VARCHAR(64) NOT NULL, 
	lead VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	due DATE NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	completed_on DATE, 
	evidence TEXT, 
	added_on DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	FOREIGN KEY(recommendation_id) REFERENCES recommendations (id)
);
INSERT INTO "learning_actions" VALUES(1,1,1,'hackney-council','Synthetic lead','Synthetic: audit strategy discussions.','2027-02-19','open',NULL,NULL,'2027-01-14','2026-12-03 15:00:08.055043');
INSERT INTO "learning_actions" VALUES(2,1,1,'Homerton University Hospital','Synthetic lead','Synthetic: audit strategy discussions.','2027-06-30','open',NULL,NULL,'2027-01-14','2026-12-03 15:00:08.137636');
CREATE TABLE notices (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	dedupe_key VARCHAR(120) NOT NULL, 
	clock_kind VARCHAR(40), 
	recipients JSON NOT NULL, 
	subject VARCHAR(250) NOT NULL, 
	body_text TEXT NOT NULL, 
	body_html TEXT NOT NULL, 
	due DATE, 
	status VARCHAR(12) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error VARCHAR(500), 
	receipt VARCHAR(500), 
	created_at DATETIME NOT NULL, 
	delivered_at DATETIME, 
	sent_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	CONSTRAINT uq_notice_case_key UNIQUE (case_id, dedupe_key)
);
INSERT INTO "notices" VALUES(1,1,'panel_notification','panel_notification','panel_notification','[{"name": "London Borough of Hackney", "email": "childrens-services@hackney.example.org"}, {"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}]','CHSCP-2026-0001: serious incident notification to the Panel, due Thu 24 Dec 2026 (5 working days left) - 19.5-19.7','City & Hackney Safeguarding Children Partnership

Serious incident notification to the Child Safeguarding Practice Review Panel
=============================================================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (5 working days left)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.5-19.7.
To:             London Borough of Hackney, CHSCP Support Team

London Borough of Hackney became aware on Thu 17 Dec 2026 of
a serious incident that meets the notification criteria in paragraph 19.5.

Paragraph 19.7: "The relevant local authority must notify the Panel of any
incident that meets the notification criteria within five working days of
becoming aware that the incident has occurred. Notification will be
undertaken using the approved online notification process."

What the Panel''s online notification form needs, ready to copy
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Serious incident notification to the Child Safeguarding Practice Review Panel</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Serious incident notification to the Child Safeguarding Practice Review Panel</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (5 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.5-19.7.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">London Borough of Hackney, CHSCP Support Team</td></tr>
</table>
<p style="margin:0 0 12px;">London Borough of Hackney became aware on Thu 17 Dec 2026 of a serious incident that meets the notification criteria in paragraph 19.5.</p>
<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #1d70b8;background:#f3f2f1;">Paragraph 19.7: &ldquo;The relevant local authority must notify the Panel of any incident that meets the notification criteria within five working days of becoming aware that the incident has occurred. Notification will be undertaken using the approved online notification process.&rdquo;</blockquote>
<h2 style="margin:0 0 8px;font-size:18px;">What the Panel&rsquo;s online notification form needs, ready to copy</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000001-panel_notification.eml','2026-12-03 15:00:06.706426','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(2,1,'partner_notice','partner_notice','partner_notice','[{"name": "Hackney Council", "email": "safeguarding-lead@hackney-council.example.org"}, {"name": "The City of London Corporation", "email": "safeguarding-lead@cityoflondon.example.org"}, {"name": "The City & Hackney Clinical Commissioning Group (CCG)", "email": "safeguarding-lead@cityandhackneyccg.example.org"}, {"name": "Metropolitan Police Service", "email": "safeguarding-lead@met-police.example.org"}, {"name": "City of London Police", "email": "safeguarding-lead@cityoflondon-police.example.org"}, {"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0001: serious incident notified - rapid review to follow; partner notice due Thu 24 Dec 2026 (5 working days left) - 19.8','City & Hackney Safeguarding Children Partnership

A serious incident has been notified
====================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (5 working days left)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.8.
To:             Hackney Council, The City of London Corporation, The City
                & Hackney Clinical Commissioning Group (CCG), Metropolitan
                Police Service, City of London Police, CHSCP Support Team,
                Independent Child Safeguarding Commissioner

London Borough of Hackney became aware on Thu 17 Dec 2026 of a
serious incident (case CHSCP-2026-0001). Paragraph 19.8: the local
authority reports the event to all the safeguarding partners, the
CHSCP support team and the ICSC within five working days.
The Panel must be notified by Thu 24 Dec 2026 (19.5-19.7).

What happens next
------------------------------------------------------------------------
The SPA leads a rapid review, overseen by the ICSC (19.11). Its content is
agreed by the ICSC and shared with all safeguarding partners before it goes
to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).
ICSC decision on a review, target: Fri 8 Jan 2027 (19.11-19.17).

Please make your agency''s information available to the SPA for the rapid
review, and say at once if you know of immediate action needed to keep
children safe (19.12).

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: A serious incident has been notified</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">A serious incident has been notified</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (5 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.8.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Hackney Council, The City of London Corporation, The City &amp; Hackney Clinical Commissioning Group (CCG), Metropolitan Police Service, City of London Police, CHSCP Support Team, Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">London Borough of Hackney became aware on Thu 17 Dec 2026 of a serious incident (case CHSCP-2026-0001). Paragraph 19.8: the local authority reports the event to all the safeguarding partners, the CHSCP support team and the ICSC within five working days. The Panel must be notified by Thu 24 Dec 2026 (19.5-19.7).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">What happens next</h2>
<p style="margin:0 0 12px;">The SPA leads a rapid review, overseen by the ICSC (19.11). Its content is agreed by the ICSC and shared with all safeguarding partners before it goes to the Panel (19.13).</p>
<ul style="margin:0 0 12px;padding-left:20px;">
<li>Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</li>
<li>ICSC decision on a review, target: Fri 8 Jan 2027 (19.11-19.17).</li>
</ul>
<p style="margin:0 0 12px;">Please make your agency&rsquo;s information available to the SPA for the rapid review, and say at once if you know of immediate action needed to keep children safe (19.12).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000002-partner_notice.eml','2026-12-03 15:00:06.706426','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(3,1,'icsc_decision_request','icsc_decision_request','icsc_decision','[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0001: decision needed - is a child safeguarding practice review appropriate? Target Fri 8 Jan 2027 (13 working days left) - 19.11-19.17','City & Hackney Safeguarding Children Partnership

Decision needed: is a child safeguarding practice review appropriate?
=====================================================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements
Due:            Fri 8 Jan 2027 (13 working days left)
Why this date:  2 working days before the rapid review is due (Tue 12 Jan
                2027); 19.11-19.17.
To:             Independent Child Safeguarding Commissioner

The ICSC has locally delegated authority from the safeguarding partners to
decide independently whether a review is appropriate (19.11). The decision is
part of the rapid review (19.13), so it is needed before the rapid review goes
to the Panel.

Decision target: Fri 8 Jan 2027 (13 working days left; an internal target).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

Criteria you must consider (19.15)
------------------------------------------------------------------------
1. The case highlights or may highlight improvements needed to safeguard
   and promote the welfare of children, including where those improvements
   have been previously identified.
2. The case highlights or may highlight recurrent themes in the
   safeguarding and promotion of the welfare of children.
3. The case highlights or may highlight concerns regarding two or more
   organisations or agencies working together effectively to safeguard and
   promote the welfare of children.
4. The case is one which the Child Safeguarding Practice Review Panel have
   considered and concluded a local review may be more appropriate.

Circumstances you should also consider (19.16)
------------------------------------------------------------------------
1. Where the safeguarding partners have cause for concern about the
   actions of a single agency.
2. Where there has been no agency involvement, and this gives the
   safeguarding partners cause for concern.
3. Where more than one local authority, police area or clinical
   commissioning group is involved, including in cases where families have
   moved around.
4. Where the case may raise issues relating to safeguarding or promoting
   the welfare of children in institutional settings (children''s homes,
   custodial settings and all settings where a child is detained).

The decision: one of
------------------------------------------------------------------------
- Local review: a local child safeguarding practice review is appropriate
  (19.13, 19.15).
- National review referral: the case may raise issues which are complex or
  of national importance, so a national review may be appropriate (19.13).
- No review: neither a local nor a national review is appropriate; the
  outcome and rationale are still told to the child and family (19.21).

Please record with the decision which of the 19.15 and 19.16 points apply,
your rationale, and any immediate action needed to keep children safe
(19.12). The safeguarding partners then ratify it.

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Decision needed: is a child safeguarding practice review appropriate?</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Decision needed: is a child safeguarding practice review appropriate?</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 8 Jan 2027</strong> (13 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">2 working days before the rapid review is due (Tue 12 Jan 2027); 19.11-19.17.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">The ICSC has locally delegated authority from the safeguarding partners to decide independently whether a review is appropriate (19.11). The decision is part of the rapid review (19.13), so it is needed before the rapid review goes to the Panel.</p>
<ul style="margin:0 0 12px;padding-left:20px;">
<li>Decision target: <strong>Fri 8 Jan 2027</strong> (13 working days left; an internal target).</li>
<li>Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</li>
</ul>
<h2 style="margin:16px 0 8px;font-size:18px;">Criteria you must consider (19.15)</h2>
<ol style="margin:0 0 12px;padding-left:24px;">
<li style="margin:0 0 4px;">The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified.</li>
<li style="margin:0 0 4px;">The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children.</li>
<li style="margin:0 0 4px;">The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children.</li>
<li style="margin:0 0 4px;">The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate.</li>
</ol>
<h2 style="margin:16px 0 8px;font-size:18px;">Circumstances you should also consider (19.16)</h2>
<ol style="margin:0 0 12px;padding-left:24px;">
<li style="margin:0 0 4px;">Where the safeguarding partners have cause for concern about the actions of a single agency.</li>
<li style="margin:0 0 4px;">Where there has been no agency involvement, and this gives the safeguarding partners cause for concern.</li>
<li style="margin:0 0 4px;">Where more than one local authority, police area or clinical commissioning group is involved, including in cases where families have moved around.</li>
<li style="margin:0 0 4px;">Where the case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings (children&#39;s homes, custodial settings and all settings where a child is detained).</li>
</ol>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision: one of</h2>
<ul style="margin:0 0 12px;padding-left:20px;">
<li style="margin:0 0 4px;"><strong>Local review</strong>: a local child safeguarding practice review is appropriate (19.13, 19.15).</li>
<li style="margin:0 0 4px;"><strong>National review referral</strong>: the case may raise issues which are complex or of national importance, so a national review may be appropriate (19.13).</li>
<li style="margin:0 0 4px;"><strong>No review</strong>: neither a local nor a national review is appropriate; the outcome and rationale are still told to the child and family (19.21).</li>
</ul>
<p style="margin:0 0 12px;">Please record with the decision which of the 19.15 and 19.16 points apply, your rationale, and any immediate action needed to keep children safe (19.12). The safeguarding partners then ratify it.</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 17 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-08','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000003-icsc_decision_request.eml','2026-12-03 15:00:06.706426','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(4,2,'panel_notification','panel_notification','panel_notification','[{"name": "London Borough of Hackney", "email": "childrens-services@hackney.example.org"}, {"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}]','CHSCP-2026-0002: serious incident notification to the Panel, due Tue 5 Jan 2027 (5 working days left) - 19.5-19.7','City & Hackney Safeguarding Children Partnership

Serious incident notification to the Child Safeguarding Practice Review Panel
=============================================================================

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (5 working days left)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.5-19.7. Not working days: Christmas Day
                Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             London Borough of Hackney, CHSCP Support Team

London Borough of Hackney became aware on Thu 24 Dec 2026 of
a serious incident that meets the notification criteria in paragraph 19.5.

Paragraph 19.7: "The relevant local authority must notify the Panel of any
incident that meets the notification criteria within five working days of
becoming aware that the incident has occurred. Notification will be
undertaken using the approved online notification process."

What the Panel''s online notification form needs, ready to copy
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0002
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 24 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Serious incident notification to the Child Safeguarding Practice Review Panel</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Serious incident notification to the Child Safeguarding Practice Review Panel</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (5 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.5-19.7. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">London Borough of Hackney, CHSCP Support Team</td></tr>
</table>
<p style="margin:0 0 12px;">London Borough of Hackney became aware on Thu 24 Dec 2026 of a serious incident that meets the notification criteria in paragraph 19.5.</p>
<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #1d70b8;background:#f3f2f1;">Paragraph 19.7: &ldquo;The relevant local authority must notify the Panel of any incident that meets the notification criteria within five working days of becoming aware that the incident has occurred. Notification will be undertaken using the approved online notification process.&rdquo;</blockquote>
<h2 style="margin:0 0 8px;font-size:18px;">What the Panel&rsquo;s online notification form needs, ready to copy</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 24 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000004-panel_notification.eml','2026-12-03 15:00:06.951671','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(5,2,'partner_notice','partner_notice','partner_notice','[{"name": "Hackney Council", "email": "safeguarding-lead@hackney-council.example.org"}, {"name": "The City of London Corporation", "email": "safeguarding-lead@cityoflondon.example.org"}, {"name": "The City & Hackney Clinical Commissioning Group (CCG)", "email": "safeguarding-lead@cityandhackneyccg.example.org"}, {"name": "Metropolitan Police Service", "email": "safeguarding-lead@met-police.example.org"}, {"name": "City of London Police", "email": "safeguarding-lead@cityoflondon-police.example.org"}, {"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0002: serious incident notified - rapid review to follow; partner notice due Tue 5 Jan 2027 (5 working days left) - 19.8','City & Hackney Safeguarding Children Partnership

A serious incident has been notified
====================================

Case reference: CHSCP-2026-0002
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (5 working days left)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25
                Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             Hackney Council, The City of London Corporation, The City
                & Hackney Clinical Commissioning Group (CCG), Metropolitan
                Police Service, City of London Police, CHSCP Support Team,
                Independent Child Safeguarding Commissioner

London Borough of Hackney became aware on Thu 24 Dec 2026 of a
serious incident (case CHSCP-2026-0002). Paragraph 19.8: the local
authority reports the event to all the safeguarding partners, the
CHSCP support team and the ICSC within five working days.
The Panel must be notified by Tue 5 Jan 2027 (19.5-19.7).

What happens next
------------------------------------------------------------------------
The SPA leads a rapid review, overseen by the ICSC (19.11). Its content is
agreed by the ICSC and shared with all safeguarding partners before it goes
to the Panel (19.13).
Rapid review due to the Panel: Tue 19 Jan 2027 (19.11-19.13, statutory).
ICSC decision on a review, target: Fri 15 Jan 2027 (19.11-19.17).

Please make your agency''s information available to the SPA for the rapid
review, and say at once if you know of immediate action needed to keep
children safe (19.12).

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0002
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 24 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: A serious incident has been notified</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">A serious incident has been notified</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (5 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Hackney Council, The City of London Corporation, The City &amp; Hackney Clinical Commissioning Group (CCG), Metropolitan Police Service, City of London Police, CHSCP Support Team, Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">London Borough of Hackney became aware on Thu 24 Dec 2026 of a serious incident (case CHSCP-2026-0002). Paragraph 19.8: the local authority reports the event to all the safeguarding partners, the CHSCP support team and the ICSC within five working days. The Panel must be notified by Tue 5 Jan 2027 (19.5-19.7).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">What happens next</h2>
<p style="margin:0 0 12px;">The SPA leads a rapid review, overseen by the ICSC (19.11). Its content is agreed by the ICSC and shared with all safeguarding partners before it goes to the Panel (19.13).</p>
<ul style="margin:0 0 12px;padding-left:20px;">
<li>Rapid review due to the Panel: <strong>Tue 19 Jan 2027</strong> (19.11-19.13, statutory).</li>
<li>ICSC decision on a review, target: Fri 15 Jan 2027 (19.11-19.17).</li>
</ul>
<p style="margin:0 0 12px;">Please make your agency&rsquo;s information available to the SPA for the rapid review, and say at once if you know of immediate action needed to keep children safe (19.12).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 24 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000005-partner_notice.eml','2026-12-03 15:00:06.951671','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(6,2,'icsc_decision_request','icsc_decision_request','icsc_decision','[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0002: decision needed - is a child safeguarding practice review appropriate? Target Fri 15 Jan 2027 (13 working days left) - 19.11-19.17','City & Hackney Safeguarding Children Partnership

Decision needed: is a child safeguarding practice review appropriate?
=====================================================================

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements
Due:            Fri 15 Jan 2027 (13 working days left)
Why this date:  2 working days before the rapid review is due (Tue 19 Jan
                2027); 19.11-19.17.
To:             Independent Child Safeguarding Commissioner

The ICSC has locally delegated authority from the safeguarding partners to
decide independently whether a review is appropriate (19.11). The decision is
part of the rapid review (19.13), so it is needed before the rapid review goes
to the Panel.

Decision target: Fri 15 Jan 2027 (13 working days left; an internal target).
Rapid review due to the Panel: Tue 19 Jan 2027 (19.11-19.13, statutory).

Criteria you must consider (19.15)
------------------------------------------------------------------------
1. The case highlights or may highlight improvements needed to safeguard
   and promote the welfare of children, including where those improvements
   have been previously identified.
2. The case highlights or may highlight recurrent themes in the
   safeguarding and promotion of the welfare of children.
3. The case highlights or may highlight concerns regarding two or more
   organisations or agencies working together effectively to safeguard and
   promote the welfare of children.
4. The case is one which the Child Safeguarding Practice Review Panel have
   considered and concluded a local review may be more appropriate.

Circumstances you should also consider (19.16)
------------------------------------------------------------------------
1. Where the safeguarding partners have cause for concern about the
   actions of a single agency.
2. Where there has been no agency involvement, and this gives the
   safeguarding partners cause for concern.
3. Where more than one local authority, police area or clinical
   commissioning group is involved, including in cases where families have
   moved around.
4. Where the case may raise issues relating to safeguarding or promoting
   the welfare of children in institutional settings (children''s homes,
   custodial settings and all settings where a child is detained).

The decision: one of
------------------------------------------------------------------------
- Local review: a local child safeguarding practice review is appropriate
  (19.13, 19.15).
- National review referral: the case may raise issues which are complex or
  of national importance, so a national review may be appropriate (19.13).
- No review: neither a local nor a national review is appropriate; the
  outcome and rationale are still told to the child and family (19.21).

Please record with the decision which of the 19.15 and 19.16 points apply,
your rationale, and any immediate action needed to keep children safe
(19.12). The safeguarding partners then ratify it.

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0002
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 24 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Decision needed: is a child safeguarding practice review appropriate?</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Decision needed: is a child safeguarding practice review appropriate?</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 15 Jan 2027</strong> (13 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">2 working days before the rapid review is due (Tue 19 Jan 2027); 19.11-19.17.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">The ICSC has locally delegated authority from the safeguarding partners to decide independently whether a review is appropriate (19.11). The decision is part of the rapid review (19.13), so it is needed before the rapid review goes to the Panel.</p>
<ul style="margin:0 0 12px;padding-left:20px;">
<li>Decision target: <strong>Fri 15 Jan 2027</strong> (13 working days left; an internal target).</li>
<li>Rapid review due to the Panel: <strong>Tue 19 Jan 2027</strong> (19.11-19.13, statutory).</li>
</ul>
<h2 style="margin:16px 0 8px;font-size:18px;">Criteria you must consider (19.15)</h2>
<ol style="margin:0 0 12px;padding-left:24px;">
<li style="margin:0 0 4px;">The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified.</li>
<li style="margin:0 0 4px;">The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children.</li>
<li style="margin:0 0 4px;">The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children.</li>
<li style="margin:0 0 4px;">The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate.</li>
</ol>
<h2 style="margin:16px 0 8px;font-size:18px;">Circumstances you should also consider (19.16)</h2>
<ol style="margin:0 0 12px;padding-left:24px;">
<li style="margin:0 0 4px;">Where the safeguarding partners have cause for concern about the actions of a single agency.</li>
<li style="margin:0 0 4px;">Where there has been no agency involvement, and this gives the safeguarding partners cause for concern.</li>
<li style="margin:0 0 4px;">Where more than one local authority, police area or clinical commissioning group is involved, including in cases where families have moved around.</li>
<li style="margin:0 0 4px;">Where the case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings (children&#39;s homes, custodial settings and all settings where a child is detained).</li>
</ol>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision: one of</h2>
<ul style="margin:0 0 12px;padding-left:20px;">
<li style="margin:0 0 4px;"><strong>Local review</strong>: a local child safeguarding practice review is appropriate (19.13, 19.15).</li>
<li style="margin:0 0 4px;"><strong>National review referral</strong>: the case may raise issues which are complex or of national importance, so a national review may be appropriate (19.13).</li>
<li style="margin:0 0 4px;"><strong>No review</strong>: neither a local nor a national review is appropriate; the outcome and rationale are still told to the child and family (19.21).</li>
</ul>
<p style="margin:0 0 12px;">Please record with the decision which of the 19.15 and 19.16 points apply, your rationale, and any immediate action needed to keep children safe (19.12). The safeguarding partners then ratify it.</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 24 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 24 Dec 2026.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-15','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000006-icsc_decision_request.eml','2026-12-03 15:00:06.951671','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(7,1,'still_breached','panel_notification::still_breached:0:1',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Panel notification - still overdue (7 working days; alert 1)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (7 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.5-19.7.
To:             CHSCP Strategic Leadership Team

This clock was due on Thu 24 Dec 2026 and is still not recorded as done:
7 working days overdue. This is overdue alert 1; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Panel notification, statutory
Owner:          local authority (support team)
Due:            Thu 24 Dec 2026
This alert was due on Wed 6 Jan 2027 and is 1 working day late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (7 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.5-19.7.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Thu 24 Dec 2026 and is still not recorded as done: 7 working days overdue. This is overdue alert 1; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Panel notification, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Thu 24 Dec 2026</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 6 Jan 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000007-still_breached.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(8,1,'still_breached','partner_notice::still_breached:0:1',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner notice - still overdue (7 working days; alert 1)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (7 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.8.
To:             CHSCP Strategic Leadership Team

This clock was due on Thu 24 Dec 2026 and is still not recorded as done:
7 working days overdue. This is overdue alert 1; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner notice, statutory
Owner:          local authority (support team)
Due:            Thu 24 Dec 2026
This alert was due on Wed 6 Jan 2027 and is 1 working day late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (7 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.8.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Thu 24 Dec 2026 and is still not recorded as done: 7 working days overdue. This is overdue alert 1; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner notice, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Thu 24 Dec 2026</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 6 Jan 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000008-still_breached.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(9,1,'due_soon','icsc_decision::due_soon:0:1',NULL,'[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0001: ICSC decision - due soon: Fri 8 Jan 2027 (1 working day left)','City & Hackney Safeguarding Children Partnership

Due soon
========

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements
Due:            Fri 8 Jan 2027 (1 working day left)
Why this date:  2 working days before the rapid review is due (Tue 12 Jan
                2027); 19.11-19.17.
To:             Independent Child Safeguarding Commissioner

This clock is due on Fri 8 Jan 2027 (1 working day left) and is not yet
recorded as done.

Clock:          ICSC decision, internal target
Owner:          ICSC
Due:            Fri 8 Jan 2027
This alert was due on Wed 6 Jan 2027 and is 1 working day late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Due soon</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Due soon</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 8 Jan 2027</strong> (1 working day left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">2 working days before the rapid review is due (Tue 12 Jan 2027); 19.11-19.17.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">This clock is due on Fri 8 Jan 2027 (1 working day left) and is not yet recorded as done.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">ICSC decision, internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">ICSC</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 6 Jan 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-08','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000009-due_soon.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(10,1,'reminder','rapid_review_submission::reminder:0:1',NULL,'[{"name": "Senior Professional Advisor", "email": "spa@chscp.example.org"}]','CHSCP-2026-0001: Rapid review to the Panel - reminder: due Tue 12 Jan 2027 (3 working days left)','City & Hackney Safeguarding Children Partnership

Reminder: half the time is used
===============================

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements
Due:            Tue 12 Jan 2027 (3 working days left)
Why this date:  15 working days after the local authority became aware
                (Thu 17 Dec 2026); 19.11-19.13. Not working days:
                Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026,
                Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s
                Day Fri 1 Jan 2027.
To:             Senior Professional Advisor

Half of the working days allowed for this clock have been used, and it
is not yet recorded as done. It is due on Tue 12 Jan 2027 (3 working
days left).

Clock:          Rapid review to the Panel, statutory
Owner:          SPA, agreed by the ICSC, shared with partners first
Due:            Tue 12 Jan 2027
This alert was due on Thu 31 Dec 2026 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Reminder: half the time is used</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Reminder: half the time is used</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 12 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">15 working days after the local authority became aware (Thu 17 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Senior Professional Advisor</td></tr>
</table>
<p style="margin:0 0 12px;">Half of the working days allowed for this clock have been used, and it is not yet recorded as done. It is due on Tue 12 Jan 2027 (3 working days left).</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Rapid review to the Panel, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">SPA, agreed by the ICSC, shared with partners first</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 12 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Thu 31 Dec 2026 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-12','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000010-reminder.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(11,2,'breached','panel_notification::breached:0:1',NULL,'[{"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0002: Panel notification - DEADLINE MISSED: was due Tue 5 Jan 2027','City & Hackney Safeguarding Children Partnership

Deadline missed
===============

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (2 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.5-19.7. Not working days: Christmas Day
                Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             CHSCP Support Team, Independent Child Safeguarding
                Commissioner, CHSCP Strategic Leadership Team

This clock was due on Tue 5 Jan 2027 and is not recorded as done: it is
2 working days overdue. The SLT is told.

Clock:          Panel notification, statutory
Owner:          local authority (support team)
Due:            Tue 5 Jan 2027
This alert was due on Wed 6 Jan 2027 and is 1 working day late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Deadline missed</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Deadline missed</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (2 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.5-19.7. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Support Team, Independent Child Safeguarding Commissioner, CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 5 Jan 2027 and is not recorded as done: it is 2 working days overdue. The SLT is told.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Panel notification, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 5 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 6 Jan 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000011-breached.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(12,2,'breached','partner_notice::breached:0:1',NULL,'[{"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0002: Partner notice - DEADLINE MISSED: was due Tue 5 Jan 2027','City & Hackney Safeguarding Children Partnership

Deadline missed
===============

Case reference: CHSCP-2026-0002
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (2 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25
                Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             CHSCP Support Team, Independent Child Safeguarding
                Commissioner, CHSCP Strategic Leadership Team

This clock was due on Tue 5 Jan 2027 and is not recorded as done: it is
2 working days overdue. The SLT is told.

Clock:          Partner notice, statutory
Owner:          local authority (support team)
Due:            Tue 5 Jan 2027
This alert was due on Wed 6 Jan 2027 and is 1 working day late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Deadline missed</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Deadline missed</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (2 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Support Team, Independent Child Safeguarding Commissioner, CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 5 Jan 2027 and is not recorded as done: it is 2 working days overdue. The SLT is told.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner notice, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 5 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 6 Jan 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000012-breached.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(13,2,'reminder','icsc_decision::reminder:0:1',NULL,'[{"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}]','CHSCP-2026-0002: ICSC decision - reminder: due Fri 15 Jan 2027 (6 working days left)','City & Hackney Safeguarding Children Partnership

Reminder: half the time is used
===============================

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements
Due:            Fri 15 Jan 2027 (6 working days left)
Why this date:  2 working days before the rapid review is due (Tue 19 Jan
                2027); 19.11-19.17.
To:             Independent Child Safeguarding Commissioner

Half of the working days allowed for this clock have been used, and it
is not yet recorded as done. It is due on Fri 15 Jan 2027 (6 working
days left).

Clock:          ICSC decision, internal target
Owner:          ICSC
Due:            Fri 15 Jan 2027

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Reminder: half the time is used</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Reminder: half the time is used</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.17 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 15 Jan 2027</strong> (6 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">2 working days before the rapid review is due (Tue 19 Jan 2027); 19.11-19.17.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Independent Child Safeguarding Commissioner</td></tr>
</table>
<p style="margin:0 0 12px;">Half of the working days allowed for this clock have been used, and it is not yet recorded as done. It is due on Fri 15 Jan 2027 (6 working days left).</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">ICSC decision, internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">ICSC</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 15 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Thu 7 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-15','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000013-reminder.eml','2026-12-03 15:00:07.128178','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(14,1,'ratification_request','ratification_request:hackney-council:r1','partner_ratification','[{"name": "Hackney Council", "email": "safeguarding-lead@hackney-council.example.org"}]','CHSCP-2026-0001: please ratify or challenge the ICSC''s decision on a review - answer by Wed 13 Jan 2027 (3 working days left) - 11.5','City & Hackney Safeguarding Children Partnership

Please ratify or challenge the ICSC''s decision
==============================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (3 working days left)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             Hackney Council

To Hackney Council:

The ICSC has made a decision on whether a child
safeguarding practice review is appropriate for case CHSCP-2026-0001.
The safeguarding partners delegate this decision-making function to the
ICSC and ratify any decisions made (11.5). Please ratify the decision, or
challenge it, by Wed 13 Jan 2027 (3 working days left).

The rapid review, which includes this decision, is shared with all the
safeguarding partners before it goes to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

The decision
------------------------------------------------------------------------
Outcome: Local review - the ICSC decided to hold a local child
  safeguarding practice review.
Decided on: Fri 8 Jan 2027 by Synthetic icsc
Every criterion considered (19.15, 19.16):
- 19.15a MET: The case highlights or may highlight improvements needed
  to safeguard and promote the welfare of children, including where those
  improvements have been previously identified. Why: agencies did not
  share what they knew
- 19.15b NOT MET: The case highlights or may highlight recurrent themes
  in the safeguarding and promotion of the welfare of children.
- 19.15c NOT MET: The case highlights or may highlight concerns
  regarding two or more organisations or agencies working together
  effectively to safeguard and promote the welfare of children.
- 19.15d NOT MET: The case is one which the Child Safeguarding Practice
  Review Panel have considered and concluded a local review may be more
  appropriate.
- 19.16a NOT MET: The safeguarding partners have cause for concern about
  the actions of a single agency.
- 19.16b NOT MET: There has been no agency involvement, and this gives
  the safeguarding partners cause for concern.
- 19.16c NOT MET: More than one local authority, police area or clinical
  commissioning group is involved, including where families have moved
  around.
- 19.16d NOT MET: The case may raise issues relating to safeguarding or
  promoting the welfare of children in institutional settings.
Rationale:
  Agencies did not share what they knew.
Immediate action to keep children safe (19.12):
  None recorded.

How to answer
------------------------------------------------------------------------
To ratify the decision:
  cspr ratify CHSCP-2026-0001 --partner hackney-council --ratified --comment "..."
To challenge it (say why; a task opens for the ICSC to answer you):
  cspr ratify CHSCP-2026-0001 --partner hackney-council --challenged --comment "..."

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Please ratify or challenge the ICSC&rsquo;s decision</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Please ratify or challenge the ICSC&rsquo;s decision</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Hackney Council</td></tr>
</table>
<p style="margin:0 0 12px;">To Hackney Council:</p>
<p style="margin:0 0 12px;">The ICSC has made a decision on whether a child safeguarding practice review is appropriate for case CHSCP-2026-0001. The safeguarding partners delegate this decision-making function to the ICSC and ratify any decisions made (11.5). Please ratify the decision, or challenge it, by <strong>Wed 13 Jan 2027</strong> (3 working days left).</p>
<p style="margin:0 0 12px;">The rapid review, which includes this decision, is shared with all the safeguarding partners before it goes to the Panel (19.13). Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision</h2>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Outcome</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Local review</strong> &ndash; the ICSC decided to hold a local child safeguarding practice review.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Decided on</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027 by Synthetic icsc</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Every criterion considered (19.15, 19.16)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">
<table style="width:100%;border-collapse:collapse;font-size:14px;">
<thead><tr><th scope="col" style="text-align:left;padding:2px 6px 2px 0;">Criterion</th><th scope="col" style="text-align:left;padding:2px 6px;">Finding</th><th scope="col" style="text-align:left;padding:2px 0 2px 6px;">Why</th></tr></thead>
<tbody>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15a</strong>: The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">met</td><td style="padding:2px 0 2px 6px;vertical-align:top;">agencies did not share what they knew</td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15b</strong>: The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15c</strong>: The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15d</strong>: The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16a</strong>: The safeguarding partners have cause for concern about the actions of a single agency</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16b</strong>: There has been no agency involvement, and this gives the safeguarding partners cause for concern</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16c</strong>: More than one local authority, police area or clinical commissioning group is involved, including where families have moved around</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16d</strong>: The case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
</tbody>
</table>
</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Rationale</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Agencies did not share what they knew.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Immediate action to keep children safe (19.12)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">None recorded.</td></tr>
</table>
<h2 style="margin:16px 0 8px;font-size:18px;">How to answer</h2>
<p style="margin:0 0 4px;">To ratify the decision:</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner hackney-council --ratified --comment &quot;...&quot;</p>
<p style="margin:0 0 4px;">To challenge it (say why; a task opens for the ICSC to answer you):</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner hackney-council --challenged --comment &quot;...&quot;</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000014-ratification_request.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(15,1,'ratification_request','ratification_request:city-of-london-corporation:r1','partner_ratification','[{"name": "The City of London Corporation", "email": "safeguarding-lead@cityoflondon.example.org"}]','CHSCP-2026-0001: please ratify or challenge the ICSC''s decision on a review - answer by Wed 13 Jan 2027 (3 working days left) - 11.5','City & Hackney Safeguarding Children Partnership

Please ratify or challenge the ICSC''s decision
==============================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (3 working days left)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             The City of London Corporation

To The City of London Corporation:

The ICSC has made a decision on whether a child
safeguarding practice review is appropriate for case CHSCP-2026-0001.
The safeguarding partners delegate this decision-making function to the
ICSC and ratify any decisions made (11.5). Please ratify the decision, or
challenge it, by Wed 13 Jan 2027 (3 working days left).

The rapid review, which includes this decision, is shared with all the
safeguarding partners before it goes to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

The decision
------------------------------------------------------------------------
Outcome: Local review - the ICSC decided to hold a local child
  safeguarding practice review.
Decided on: Fri 8 Jan 2027 by Synthetic icsc
Every criterion considered (19.15, 19.16):
- 19.15a MET: The case highlights or may highlight improvements needed
  to safeguard and promote the welfare of children, including where those
  improvements have been previously identified. Why: agencies did not
  share what they knew
- 19.15b NOT MET: The case highlights or may highlight recurrent themes
  in the safeguarding and promotion of the welfare of children.
- 19.15c NOT MET: The case highlights or may highlight concerns
  regarding two or more organisations or agencies working together
  effectively to safeguard and promote the welfare of children.
- 19.15d NOT MET: The case is one which the Child Safeguarding Practice
  Review Panel have considered and concluded a local review may be more
  appropriate.
- 19.16a NOT MET: The safeguarding partners have cause for concern about
  the actions of a single agency.
- 19.16b NOT MET: There has been no agency involvement, and this gives
  the safeguarding partners cause for concern.
- 19.16c NOT MET: More than one local authority, police area or clinical
  commissioning group is involved, including where families have moved
  around.
- 19.16d NOT MET: The case may raise issues relating to safeguarding or
  promoting the welfare of children in institutional settings.
Rationale:
  Agencies did not share what they knew.
Immediate action to keep children safe (19.12):
  None recorded.

How to answer
------------------------------------------------------------------------
To ratify the decision:
  cspr ratify CHSCP-2026-0001 --partner city-of-london-corporation --ratified --comment "..."
To challenge it (say why; a task opens for the ICSC to answer you):
  cspr ratify CHSCP-2026-0001 --partner city-of-london-corporation --challenged --comment "..."

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Please ratify or challenge the ICSC&rsquo;s decision</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Please ratify or challenge the ICSC&rsquo;s decision</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">The City of London Corporation</td></tr>
</table>
<p style="margin:0 0 12px;">To The City of London Corporation:</p>
<p style="margin:0 0 12px;">The ICSC has made a decision on whether a child safeguarding practice review is appropriate for case CHSCP-2026-0001. The safeguarding partners delegate this decision-making function to the ICSC and ratify any decisions made (11.5). Please ratify the decision, or challenge it, by <strong>Wed 13 Jan 2027</strong> (3 working days left).</p>
<p style="margin:0 0 12px;">The rapid review, which includes this decision, is shared with all the safeguarding partners before it goes to the Panel (19.13). Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision</h2>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Outcome</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Local review</strong> &ndash; the ICSC decided to hold a local child safeguarding practice review.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Decided on</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027 by Synthetic icsc</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Every criterion considered (19.15, 19.16)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">
<table style="width:100%;border-collapse:collapse;font-size:14px;">
<thead><tr><th scope="col" style="text-align:left;padding:2px 6px 2px 0;">Criterion</th><th scope="col" style="text-align:left;padding:2px 6px;">Finding</th><th scope="col" style="text-align:left;padding:2px 0 2px 6px;">Why</th></tr></thead>
<tbody>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15a</strong>: The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">met</td><td style="padding:2px 0 2px 6px;vertical-align:top;">agencies did not share what they knew</td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15b</strong>: The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15c</strong>: The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15d</strong>: The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16a</strong>: The safeguarding partners have cause for concern about the actions of a single agency</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16b</strong>: There has been no agency involvement, and this gives the safeguarding partners cause for concern</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16c</strong>: More than one local authority, police area or clinical commissioning group is involved, including where families have moved around</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16d</strong>: The case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
</tbody>
</table>
</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Rationale</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Agencies did not share what they knew.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Immediate action to keep children safe (19.12)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">None recorded.</td></tr>
</table>
<h2 style="margin:16px 0 8px;font-size:18px;">How to answer</h2>
<p style="margin:0 0 4px;">To ratify the decision:</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-of-london-corporation --ratified --comment &quot;...&quot;</p>
<p style="margin:0 0 4px;">To challenge it (say why; a task opens for the ICSC to answer you):</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-of-london-corporation --challenged --comment &quot;...&quot;</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000015-ratification_request.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(16,1,'ratification_request','ratification_request:city-and-hackney-ccg:r1','partner_ratification','[{"name": "The City & Hackney Clinical Commissioning Group (CCG)", "email": "safeguarding-lead@cityandhackneyccg.example.org"}]','CHSCP-2026-0001: please ratify or challenge the ICSC''s decision on a review - answer by Wed 13 Jan 2027 (3 working days left) - 11.5','City & Hackney Safeguarding Children Partnership

Please ratify or challenge the ICSC''s decision
==============================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (3 working days left)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             The City & Hackney Clinical Commissioning Group (CCG)

To The City & Hackney Clinical Commissioning Group (CCG):

The ICSC has made a decision on whether a child
safeguarding practice review is appropriate for case CHSCP-2026-0001.
The safeguarding partners delegate this decision-making function to the
ICSC and ratify any decisions made (11.5). Please ratify the decision, or
challenge it, by Wed 13 Jan 2027 (3 working days left).

The rapid review, which includes this decision, is shared with all the
safeguarding partners before it goes to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

The decision
------------------------------------------------------------------------
Outcome: Local review - the ICSC decided to hold a local child
  safeguarding practice review.
Decided on: Fri 8 Jan 2027 by Synthetic icsc
Every criterion considered (19.15, 19.16):
- 19.15a MET: The case highlights or may highlight improvements needed
  to safeguard and promote the welfare of children, including where those
  improvements have been previously identified. Why: agencies did not
  share what they knew
- 19.15b NOT MET: The case highlights or may highlight recurrent themes
  in the safeguarding and promotion of the welfare of children.
- 19.15c NOT MET: The case highlights or may highlight concerns
  regarding two or more organisations or agencies working together
  effectively to safeguard and promote the welfare of children.
- 19.15d NOT MET: The case is one which the Child Safeguarding Practice
  Review Panel have considered and concluded a local review may be more
  appropriate.
- 19.16a NOT MET: The safeguarding partners have cause for concern about
  the actions of a single agency.
- 19.16b NOT MET: There has been no agency involvement, and this gives
  the safeguarding partners cause for concern.
- 19.16c NOT MET: More than one local authority, police area or clinical
  commissioning group is involved, including where families have moved
  around.
- 19.16d NOT MET: The case may raise issues relating to safeguarding or
  promoting the welfare of children in institutional settings.
Rationale:
  Agencies did not share what they knew.
Immediate action to keep children safe (19.12):
  None recorded.

How to answer
------------------------------------------------------------------------
To ratify the decision:
  cspr ratify CHSCP-2026-0001 --partner city-and-hackney-ccg --ratified --comment "..."
To challenge it (say why; a task opens for the ICSC to answer you):
  cspr ratify CHSCP-2026-0001 --partner city-and-hackney-ccg --challenged --comment "..."

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Please ratify or challenge the ICSC&rsquo;s decision</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Please ratify or challenge the ICSC&rsquo;s decision</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">The City &amp; Hackney Clinical Commissioning Group (CCG)</td></tr>
</table>
<p style="margin:0 0 12px;">To The City &amp; Hackney Clinical Commissioning Group (CCG):</p>
<p style="margin:0 0 12px;">The ICSC has made a decision on whether a child safeguarding practice review is appropriate for case CHSCP-2026-0001. The safeguarding partners delegate this decision-making function to the ICSC and ratify any decisions made (11.5). Please ratify the decision, or challenge it, by <strong>Wed 13 Jan 2027</strong> (3 working days left).</p>
<p style="margin:0 0 12px;">The rapid review, which includes this decision, is shared with all the safeguarding partners before it goes to the Panel (19.13). Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision</h2>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Outcome</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Local review</strong> &ndash; the ICSC decided to hold a local child safeguarding practice review.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Decided on</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027 by Synthetic icsc</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Every criterion considered (19.15, 19.16)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">
<table style="width:100%;border-collapse:collapse;font-size:14px;">
<thead><tr><th scope="col" style="text-align:left;padding:2px 6px 2px 0;">Criterion</th><th scope="col" style="text-align:left;padding:2px 6px;">Finding</th><th scope="col" style="text-align:left;padding:2px 0 2px 6px;">Why</th></tr></thead>
<tbody>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15a</strong>: The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">met</td><td style="padding:2px 0 2px 6px;vertical-align:top;">agencies did not share what they knew</td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15b</strong>: The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15c</strong>: The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15d</strong>: The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16a</strong>: The safeguarding partners have cause for concern about the actions of a single agency</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16b</strong>: There has been no agency involvement, and this gives the safeguarding partners cause for concern</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16c</strong>: More than one local authority, police area or clinical commissioning group is involved, including where families have moved around</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16d</strong>: The case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
</tbody>
</table>
</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Rationale</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Agencies did not share what they knew.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Immediate action to keep children safe (19.12)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">None recorded.</td></tr>
</table>
<h2 style="margin:16px 0 8px;font-size:18px;">How to answer</h2>
<p style="margin:0 0 4px;">To ratify the decision:</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-and-hackney-ccg --ratified --comment &quot;...&quot;</p>
<p style="margin:0 0 4px;">To challenge it (say why; a task opens for the ICSC to answer you):</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-and-hackney-ccg --challenged --comment &quot;...&quot;</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000016-ratification_request.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(17,1,'ratification_request','ratification_request:metropolitan-police:r1','partner_ratification','[{"name": "Metropolitan Police Service", "email": "safeguarding-lead@met-police.example.org"}]','CHSCP-2026-0001: please ratify or challenge the ICSC''s decision on a review - answer by Wed 13 Jan 2027 (3 working days left) - 11.5','City & Hackney Safeguarding Children Partnership

Please ratify or challenge the ICSC''s decision
==============================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (3 working days left)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             Metropolitan Police Service

To Metropolitan Police Service:

The ICSC has made a decision on whether a child
safeguarding practice review is appropriate for case CHSCP-2026-0001.
The safeguarding partners delegate this decision-making function to the
ICSC and ratify any decisions made (11.5). Please ratify the decision, or
challenge it, by Wed 13 Jan 2027 (3 working days left).

The rapid review, which includes this decision, is shared with all the
safeguarding partners before it goes to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

The decision
------------------------------------------------------------------------
Outcome: Local review - the ICSC decided to hold a local child
  safeguarding practice review.
Decided on: Fri 8 Jan 2027 by Synthetic icsc
Every criterion considered (19.15, 19.16):
- 19.15a MET: The case highlights or may highlight improvements needed
  to safeguard and promote the welfare of children, including where those
  improvements have been previously identified. Why: agencies did not
  share what they knew
- 19.15b NOT MET: The case highlights or may highlight recurrent themes
  in the safeguarding and promotion of the welfare of children.
- 19.15c NOT MET: The case highlights or may highlight concerns
  regarding two or more organisations or agencies working together
  effectively to safeguard and promote the welfare of children.
- 19.15d NOT MET: The case is one which the Child Safeguarding Practice
  Review Panel have considered and concluded a local review may be more
  appropriate.
- 19.16a NOT MET: The safeguarding partners have cause for concern about
  the actions of a single agency.
- 19.16b NOT MET: There has been no agency involvement, and this gives
  the safeguarding partners cause for concern.
- 19.16c NOT MET: More than one local authority, police area or clinical
  commissioning group is involved, including where families have moved
  around.
- 19.16d NOT MET: The case may raise issues relating to safeguarding or
  promoting the welfare of children in institutional settings.
Rationale:
  Agencies did not share what they knew.
Immediate action to keep children safe (19.12):
  None recorded.

How to answer
------------------------------------------------------------------------
To ratify the decision:
  cspr ratify CHSCP-2026-0001 --partner metropolitan-police --ratified --comment "..."
To challenge it (say why; a task opens for the ICSC to answer you):
  cspr ratify CHSCP-2026-0001 --partner metropolitan-police --challenged --comment "..."

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Please ratify or challenge the ICSC&rsquo;s decision</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Please ratify or challenge the ICSC&rsquo;s decision</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Metropolitan Police Service</td></tr>
</table>
<p style="margin:0 0 12px;">To Metropolitan Police Service:</p>
<p style="margin:0 0 12px;">The ICSC has made a decision on whether a child safeguarding practice review is appropriate for case CHSCP-2026-0001. The safeguarding partners delegate this decision-making function to the ICSC and ratify any decisions made (11.5). Please ratify the decision, or challenge it, by <strong>Wed 13 Jan 2027</strong> (3 working days left).</p>
<p style="margin:0 0 12px;">The rapid review, which includes this decision, is shared with all the safeguarding partners before it goes to the Panel (19.13). Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision</h2>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Outcome</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Local review</strong> &ndash; the ICSC decided to hold a local child safeguarding practice review.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Decided on</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027 by Synthetic icsc</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Every criterion considered (19.15, 19.16)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">
<table style="width:100%;border-collapse:collapse;font-size:14px;">
<thead><tr><th scope="col" style="text-align:left;padding:2px 6px 2px 0;">Criterion</th><th scope="col" style="text-align:left;padding:2px 6px;">Finding</th><th scope="col" style="text-align:left;padding:2px 0 2px 6px;">Why</th></tr></thead>
<tbody>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15a</strong>: The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">met</td><td style="padding:2px 0 2px 6px;vertical-align:top;">agencies did not share what they knew</td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15b</strong>: The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15c</strong>: The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15d</strong>: The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16a</strong>: The safeguarding partners have cause for concern about the actions of a single agency</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16b</strong>: There has been no agency involvement, and this gives the safeguarding partners cause for concern</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16c</strong>: More than one local authority, police area or clinical commissioning group is involved, including where families have moved around</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16d</strong>: The case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
</tbody>
</table>
</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Rationale</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Agencies did not share what they knew.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Immediate action to keep children safe (19.12)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">None recorded.</td></tr>
</table>
<h2 style="margin:16px 0 8px;font-size:18px;">How to answer</h2>
<p style="margin:0 0 4px;">To ratify the decision:</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner metropolitan-police --ratified --comment &quot;...&quot;</p>
<p style="margin:0 0 4px;">To challenge it (say why; a task opens for the ICSC to answer you):</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner metropolitan-police --challenged --comment &quot;...&quot;</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000017-ratification_request.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(18,1,'ratification_request','ratification_request:city-of-london-police:r1','partner_ratification','[{"name": "City of London Police", "email": "safeguarding-lead@cityoflondon-police.example.org"}]','CHSCP-2026-0001: please ratify or challenge the ICSC''s decision on a review - answer by Wed 13 Jan 2027 (3 working days left) - 11.5','City & Hackney Safeguarding Children Partnership

Please ratify or challenge the ICSC''s decision
==============================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (3 working days left)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             City of London Police

To City of London Police:

The ICSC has made a decision on whether a child
safeguarding practice review is appropriate for case CHSCP-2026-0001.
The safeguarding partners delegate this decision-making function to the
ICSC and ratify any decisions made (11.5). Please ratify the decision, or
challenge it, by Wed 13 Jan 2027 (3 working days left).

The rapid review, which includes this decision, is shared with all the
safeguarding partners before it goes to the Panel (19.13).
Rapid review due to the Panel: Tue 12 Jan 2027 (19.11-19.13, statutory).

The decision
------------------------------------------------------------------------
Outcome: Local review - the ICSC decided to hold a local child
  safeguarding practice review.
Decided on: Fri 8 Jan 2027 by Synthetic icsc
Every criterion considered (19.15, 19.16):
- 19.15a MET: The case highlights or may highlight improvements needed
  to safeguard and promote the welfare of children, including where those
  improvements have been previously identified. Why: agencies did not
  share what they knew
- 19.15b NOT MET: The case highlights or may highlight recurrent themes
  in the safeguarding and promotion of the welfare of children.
- 19.15c NOT MET: The case highlights or may highlight concerns
  regarding two or more organisations or agencies working together
  effectively to safeguard and promote the welfare of children.
- 19.15d NOT MET: The case is one which the Child Safeguarding Practice
  Review Panel have considered and concluded a local review may be more
  appropriate.
- 19.16a NOT MET: The safeguarding partners have cause for concern about
  the actions of a single agency.
- 19.16b NOT MET: There has been no agency involvement, and this gives
  the safeguarding partners cause for concern.
- 19.16c NOT MET: More than one local authority, police area or clinical
  commissioning group is involved, including where families have moved
  around.
- 19.16d NOT MET: The case may raise issues relating to safeguarding or
  promoting the welfare of children in institutional settings.
Rationale:
  Agencies did not share what they knew.
Immediate action to keep children safe (19.12):
  None recorded.

How to answer
------------------------------------------------------------------------
To ratify the decision:
  cspr ratify CHSCP-2026-0001 --partner city-of-london-police --ratified --comment "..."
To challenge it (say why; a task opens for the ICSC to answer you):
  cspr ratify CHSCP-2026-0001 --partner city-of-london-police --challenged --comment "..."

The incident
------------------------------------------------------------------------
Local authority: London Borough of Hackney
Case reference: CHSCP-2026-0001
Date of incident: Wed 16 Dec 2026
Date the local authority became aware: Thu 17 Dec 2026
Harm: Serious harm
Abuse or neglect: Suspected
Where: In the local authority''s area (19.5 a)
Looked after: No
Child initials: QZ
Child age: 4 years
Child sex: Female
Criminal investigation: No
Brief summary: Synthetic: injuries not consistent with the account given.
Reported by: Synthetic hospital safeguarding team

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Please ratify or challenge the ICSC&rsquo;s decision</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Please ratify or challenge the ICSC&rsquo;s decision</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (3 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">City of London Police</td></tr>
</table>
<p style="margin:0 0 12px;">To City of London Police:</p>
<p style="margin:0 0 12px;">The ICSC has made a decision on whether a child safeguarding practice review is appropriate for case CHSCP-2026-0001. The safeguarding partners delegate this decision-making function to the ICSC and ratify any decisions made (11.5). Please ratify the decision, or challenge it, by <strong>Wed 13 Jan 2027</strong> (3 working days left).</p>
<p style="margin:0 0 12px;">The rapid review, which includes this decision, is shared with all the safeguarding partners before it goes to the Panel (19.13). Rapid review due to the Panel: <strong>Tue 12 Jan 2027</strong> (19.11-19.13, statutory).</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The decision</h2>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Outcome</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Local review</strong> &ndash; the ICSC decided to hold a local child safeguarding practice review.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Decided on</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Fri 8 Jan 2027 by Synthetic icsc</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Every criterion considered (19.15, 19.16)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">
<table style="width:100%;border-collapse:collapse;font-size:14px;">
<thead><tr><th scope="col" style="text-align:left;padding:2px 6px 2px 0;">Criterion</th><th scope="col" style="text-align:left;padding:2px 6px;">Finding</th><th scope="col" style="text-align:left;padding:2px 0 2px 6px;">Why</th></tr></thead>
<tbody>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15a</strong>: The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">met</td><td style="padding:2px 0 2px 6px;vertical-align:top;">agencies did not share what they knew</td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15b</strong>: The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15c</strong>: The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.15d</strong>: The case is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16a</strong>: The safeguarding partners have cause for concern about the actions of a single agency</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16b</strong>: There has been no agency involvement, and this gives the safeguarding partners cause for concern</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16c</strong>: More than one local authority, police area or clinical commissioning group is involved, including where families have moved around</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
<tr><td style="padding:2px 6px 2px 0;vertical-align:top;"><strong>19.16d</strong>: The case may raise issues relating to safeguarding or promoting the welfare of children in institutional settings</td><td style="padding:2px 6px;vertical-align:top;white-space:nowrap;">not met</td><td style="padding:2px 0 2px 6px;vertical-align:top;"></td></tr>
</tbody>
</table>
</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Rationale</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Agencies did not share what they knew.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Immediate action to keep children safe (19.12)</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">None recorded.</td></tr>
</table>
<h2 style="margin:16px 0 8px;font-size:18px;">How to answer</h2>
<p style="margin:0 0 4px;">To ratify the decision:</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-of-london-police --ratified --comment &quot;...&quot;</p>
<p style="margin:0 0 4px;">To challenge it (say why; a task opens for the ICSC to answer you):</p>
<p style="font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f2f1;padding:6px 8px;margin:0 0 8px;white-space:pre-wrap;">cspr ratify CHSCP-2026-0001 --partner city-of-london-police --challenged --comment &quot;...&quot;</p>
<h2 style="margin:16px 0 8px;font-size:18px;">The incident</h2>
<table style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Local authority</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">London Borough of Hackney</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date of incident</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Wed 16 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Date the local authority became aware</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Thu 17 Dec 2026</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Harm</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Serious harm</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Abuse or neglect</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Suspected</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Where</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">In the local authority&#39;s area (19.5 a)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Looked after</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child initials</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">QZ</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child age</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">4 years</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Child sex</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Female</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Criminal investigation</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">No</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Brief summary</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic: injuries not consistent with the account given.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Reported by</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;white-space:pre-wrap;">Synthetic hospital safeguarding team</td></tr>
</table>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000018-ratification_request.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(19,1,'family_outcome_letter','family_outcome_letter:r1','family_notification','[{"name": "CHSCP Support Team", "email": "support-team@chscp.example.org"}]','CHSCP-2026-0001: letter to the family on the decision about a review, for the practitioner to deliver - due Fri 22 Jan 2027 (10 working days left) - 19.21-19.22','City & Hackney Safeguarding Children Partnership

Letter to the family: the decision about a review
=================================================

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.21-19.22 of the CHSCP safeguarding arrangements
Due:            Fri 22 Jan 2027 (10 working days left)
Why this date:  10 working days after the ICSC decided (Fri 8 Jan 2027);
                19.21-19.22.
To:             CHSCP Support Team

NOTE FOR STAFF - NOT PART OF THE LETTER
------------------------------------------------------------------------
* Paragraph 19.22: where there are ongoing criminal investigations or
  pending criminal proceedings, the police and the Crown Prosecution Service
  must be consulted first on how and when the family is told. None is
  recorded for this case; check that this is still so before sending.
* Paragraph 19.21: the support team sends the outcome and rationale to the
  child / family in writing. Where possible the practitioner working with the
  family (social worker / police officer) also gives it in person.
* The reasons in the letter are the plain-English rationale the
  decision-maker recorded for the family, not the ICSC''s rationale to the
  partners. Read them as the family will before sending: the letter must
  not carry any agency''s internal detail or jargon.
* Decision 1 (Local review), made on Fri 8 Jan 2027.

--- The letter begins here ---

Dear parent or carer,

We are writing to you about what happened to your child. We are very
sorry for everything you and your family are going through.

When something very serious happens to a child, the services that work
together to keep children safe in our area look carefully at what
happened. They do this to see whether anything can be learned to help
protect other children in the future. One of the first steps is to
decide whether to hold a review.

What has been decided

The decision was made on Fri 8 Jan 2027 by the independent commissioner
who decides on reviews for the City & Hackney Safeguarding Children
Partnership. The commissioner does not work for any of the services that
worked with your family.

The decision is that there will be a review. This means that people who
were not involved in working with your family will look closely at how
the services that knew your family worked, on their own and together.
The aim is to learn what could be done better to keep children safe in
the future. A review is not about blaming anyone.

Why this decision was made

The services that knew your child did not share what they knew.

If you have questions

We know this may be a lot to take in. If you have any questions, or
would like to talk about this letter, please speak to the person who
gave it to you, or contact us at cspr@chscp.example.org. If you get in
touch, please quote the reference CHSCP-2026-0001.

Yours sincerely,

CHSCP Support Team
City & Hackney Safeguarding Children Partnership

--- The letter ends here ---

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Letter to the family: the decision about a review</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Letter to the family: the decision about a review</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.21-19.22 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 22 Jan 2027</strong> (10 working days left)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">10 working days after the ICSC decided (Fri 8 Jan 2027); 19.21-19.22.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Support Team</td></tr>
</table>
<div style="margin:0 0 20px;padding:12px 16px;border:2px solid #f47738;background:#f3f2f1;">
<p style="margin:0 0 8px;font-weight:bold;">Note for staff &ndash; not part of the letter</p>
<ul style="margin:0;padding-left:20px;">
<li style="margin:0 0 4px;">Paragraph 19.22: where there are ongoing criminal investigations or pending criminal proceedings, the police and the Crown Prosecution Service must be consulted first on how and when the family is told. None is recorded for this case; check that this is still so before sending.</li>
<li style="margin:0 0 4px;">Paragraph 19.21: the support team sends the outcome and rationale to the child / family in writing. Where possible the practitioner working with the family (social worker / police officer) also gives it in person.</li>
<li style="margin:0 0 4px;">The reasons in the letter are the plain-English rationale the decision-maker recorded for the family (not the ICSC&rsquo;s rationale to the partners). Read them as the family will before sending: the letter must not carry any agency&rsquo;s internal detail or jargon.</li>
<li style="margin:0 0 4px;">Decision 1 (Local review), made on Fri 8 Jan 2027.</li>
</ul>
</div>
<!-- letter begins -->
<div style="padding:16px 20px;border:1px solid #b1b4b6;font-size:16px;line-height:1.5;">
<p style="margin:0 0 12px;">Dear parent or carer,</p>
<p style="margin:0 0 12px;">We are writing to you about what happened to your child. We are very sorry for everything you and your family are going through.</p>
<p style="margin:0 0 12px;">When something very serious happens to a child, the services that work together to keep children safe in our area look carefully at what happened. They do this to see whether anything can be learned to help protect other children in the future. One of the first steps is to decide whether to hold a review.</p>
<h2 style="margin:16px 0 8px;font-size:18px;">What has been decided</h2>
<p style="margin:0 0 12px;">The decision was made on Fri 8 Jan 2027 by the independent commissioner who decides on reviews for the City &amp; Hackney Safeguarding Children Partnership. The commissioner does not work for any of the services that worked with your family.</p>
<p style="margin:0 0 12px;">The decision is that there will be a review. This means that people who were not involved in working with your family will look closely at how the services that knew your family worked, on their own and together. The aim is to learn what could be done better to keep children safe in the future. A review is not about blaming anyone.</p>
<h2 style="margin:16px 0 8px;font-size:18px;">Why this decision was made</h2>
<p style="margin:0 0 12px;white-space:pre-wrap;">The services that knew your child did not share what they knew.</p>
<h2 style="margin:16px 0 8px;font-size:18px;">If you have questions</h2>
<p style="margin:0 0 12px;">We know this may be a lot to take in. If you have any questions, or would like to talk about this letter, please speak to the person who gave it to you, or contact us at cspr@chscp.example.org. If you get in touch, please quote the reference CHSCP-2026-0001.</p>
<p style="margin:0 0 4px;">Yours sincerely,</p>
<p style="margin:0;">CHSCP Support Team<br>City &amp; Hackney Safeguarding Children Partnership</p>
</div>
<!-- letter ends -->

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Fri 8 Jan 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-22','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000019-family_outcome_letter.eml','2026-12-03 15:00:07.348931','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(20,1,'still_breached','panel_notification::still_breached:0:7',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Panel notification - still overdue (40 working days; alert 7)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (40 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.5-19.7.
To:             CHSCP Strategic Leadership Team

This clock was due on Thu 24 Dec 2026 and is still not recorded as done:
40 working days overdue. This is overdue alert 7; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Panel notification, statutory
Owner:          local authority (support team)
Due:            Thu 24 Dec 2026
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (40 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.5-19.7.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Thu 24 Dec 2026 and is still not recorded as done: 40 working days overdue. This is overdue alert 7; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Panel notification, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Thu 24 Dec 2026</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000020-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(21,1,'still_breached','partner_notice::still_breached:0:7',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner notice - still overdue (40 working days; alert 7)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Thu 24 Dec 2026 (40 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                17 Dec 2026); 19.8.
To:             CHSCP Strategic Leadership Team

This clock was due on Thu 24 Dec 2026 and is still not recorded as done:
40 working days overdue. This is overdue alert 7; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner notice, statutory
Owner:          local authority (support team)
Due:            Thu 24 Dec 2026
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Thu 24 Dec 2026</strong> (40 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 17 Dec 2026); 19.8.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Thu 24 Dec 2026 and is still not recorded as done: 40 working days overdue. This is overdue alert 7; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner notice, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Thu 24 Dec 2026</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2026-12-24','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000021-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(22,1,'still_breached','rapid_review_submission::still_breached:0:5',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Rapid review to the Panel - still overdue (30 working days; alert 5)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements
Due:            Tue 12 Jan 2027 (30 working days overdue)
Why this date:  15 working days after the local authority became aware
                (Thu 17 Dec 2026); 19.11-19.13. Not working days:
                Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026,
                Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s
                Day Fri 1 Jan 2027.
To:             CHSCP Strategic Leadership Team

This clock was due on Tue 12 Jan 2027 and is still not recorded as done:
30 working days overdue. This is overdue alert 5; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Rapid review to the Panel, statutory
Owner:          SPA, agreed by the ICSC, shared with partners first
Due:            Tue 12 Jan 2027
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 12 Jan 2027</strong> (30 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">15 working days after the local authority became aware (Thu 17 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 12 Jan 2027 and is still not recorded as done: 30 working days overdue. This is overdue alert 5; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Rapid review to the Panel, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">SPA, agreed by the ICSC, shared with partners first</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 12 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-12','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000022-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(23,2,'still_breached','panel_notification::still_breached:0:6',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0002: Panel notification - still overdue (35 working days; alert 6)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (35 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.5-19.7. Not working days: Christmas Day
                Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             CHSCP Strategic Leadership Team

This clock was due on Tue 5 Jan 2027 and is still not recorded as done:
35 working days overdue. This is overdue alert 6; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Panel notification, statutory
Owner:          local authority (support team)
Due:            Tue 5 Jan 2027
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.5-19.7 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (35 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.5-19.7. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 5 Jan 2027 and is still not recorded as done: 35 working days overdue. This is overdue alert 6; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Panel notification, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 5 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000023-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(24,2,'still_breached','partner_notice::still_breached:0:6',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0002: Partner notice - still overdue (35 working days; alert 6)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0002
Legal basis:    paragraph 19.8 of the CHSCP safeguarding arrangements
Due:            Tue 5 Jan 2027 (35 working days overdue)
Why this date:  5 working days after the local authority became aware (Thu
                24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25
                Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day
                (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan
                2027.
To:             CHSCP Strategic Leadership Team

This clock was due on Tue 5 Jan 2027 and is still not recorded as done:
35 working days overdue. This is overdue alert 6; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner notice, statutory
Owner:          local authority (support team)
Due:            Tue 5 Jan 2027
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 19.8 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 5 Jan 2027</strong> (35 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">5 working days after the local authority became aware (Thu 24 Dec 2026); 19.8. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 5 Jan 2027 and is still not recorded as done: 35 working days overdue. This is overdue alert 6; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner notice, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">local authority (support team)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 5 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-05','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000024-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(25,2,'still_breached','rapid_review_submission::still_breached:0:4',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0002: Rapid review to the Panel - still overdue (25 working days; alert 4)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0002
Legal basis:    paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements
Due:            Tue 19 Jan 2027 (25 working days overdue)
Why this date:  15 working days after the local authority became aware
                (Thu 24 Dec 2026); 19.11-19.13. Not working days:
                Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026,
                Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s
                Day Fri 1 Jan 2027.
To:             CHSCP Strategic Leadership Team

This clock was due on Tue 19 Jan 2027 and is still not recorded as done:
25 working days overdue. This is overdue alert 4; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Rapid review to the Panel, statutory
Owner:          SPA, agreed by the ICSC, shared with partners first
Due:            Tue 19 Jan 2027
This alert was due on Wed 17 Feb 2027 and is 4 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0002`).
This deadline is set by statute: it cannot be paused or extended.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0002: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0002</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraphs 19.11-19.13 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Tue 19 Jan 2027</strong> (25 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">15 working days after the local authority became aware (Thu 24 Dec 2026); 19.11-19.13. Not working days: Christmas Day Fri 25 Dec 2026, Boxing Day Sat 26 Dec 2026, Boxing Day (substitute day) Mon 28 Dec 2026, New Year’s Day Fri 1 Jan 2027.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Tue 19 Jan 2027 and is still not recorded as done: 25 working days overdue. This is overdue alert 4; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Rapid review to the Panel, statutory</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">SPA, agreed by the ICSC, shared with partners first</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Tue 19 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Wed 17 Feb 2027 and is 4 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0002</code>). This deadline is set by statute: it cannot be paused or extended.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-19','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0002/000025-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(26,1,'still_breached','partner_ratification:city-and-hackney-ccg:still_breached:0:5',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner ratification (The City & Hackney Clinical Commissioning Group (CCG)) - still overdue (29 working days; alert 5)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (29 working days overdue)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             CHSCP Strategic Leadership Team

This clock was due on Wed 13 Jan 2027 and is still not recorded as done:
29 working days overdue. This is overdue alert 5; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner ratification (The City & Hackney Clinical Commissioning Group (CCG)), internal target
Owner:          each safeguarding partner
Due:            Wed 13 Jan 2027
This alert was due on Thu 18 Feb 2027 and is 3 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (29 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Wed 13 Jan 2027 and is still not recorded as done: 29 working days overdue. This is overdue alert 5; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner ratification (The City &amp; Hackney Clinical Commissioning Group (CCG)), internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">each safeguarding partner</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Wed 13 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Thu 18 Feb 2027 and is 3 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000026-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(27,1,'still_breached','partner_ratification:city-of-london-corporation:still_breached:0:5',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner ratification (The City of London Corporation) - still overdue (29 working days; alert 5)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (29 working days overdue)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             CHSCP Strategic Leadership Team

This clock was due on Wed 13 Jan 2027 and is still not recorded as done:
29 working days overdue. This is overdue alert 5; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner ratification (The City of London Corporation), internal target
Owner:          each safeguarding partner
Due:            Wed 13 Jan 2027
This alert was due on Thu 18 Feb 2027 and is 3 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (29 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Wed 13 Jan 2027 and is still not recorded as done: 29 working days overdue. This is overdue alert 5; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner ratification (The City of London Corporation), internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">each safeguarding partner</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Wed 13 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Thu 18 Feb 2027 and is 3 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000027-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(28,1,'still_breached','partner_ratification:city-of-london-police:still_breached:0:5',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner ratification (City of London Police) - still overdue (29 working days; alert 5)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (29 working days overdue)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             CHSCP Strategic Leadership Team

This clock was due on Wed 13 Jan 2027 and is still not recorded as done:
29 working days overdue. This is overdue alert 5; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner ratification (City of London Police), internal target
Owner:          each safeguarding partner
Due:            Wed 13 Jan 2027
This alert was due on Thu 18 Feb 2027 and is 3 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (29 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Wed 13 Jan 2027 and is still not recorded as done: 29 working days overdue. This is overdue alert 5; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner ratification (City of London Police), internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">each safeguarding partner</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Wed 13 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Thu 18 Feb 2027 and is 3 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000028-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(29,1,'still_breached','partner_ratification:metropolitan-police:still_breached:0:5',NULL,'[{"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: Partner ratification (Metropolitan Police Service) - still overdue (29 working days; alert 5)','City & Hackney Safeguarding Children Partnership

Still overdue
=============

Case reference: CHSCP-2026-0001
Legal basis:    paragraph 11.5 of the CHSCP safeguarding arrangements
Due:            Wed 13 Jan 2027 (29 working days overdue)
Why this date:  3 working days after the ICSC decided (Fri 8 Jan 2027);
                11.5.
To:             CHSCP Strategic Leadership Team

This clock was due on Wed 13 Jan 2027 and is still not recorded as done:
29 working days overdue. This is overdue alert 5; it repeats every few
working days until the clock is met, extended or paused.

Clock:          Partner ratification (Metropolitan Police Service), internal target
Owner:          each safeguarding partner
Due:            Wed 13 Jan 2027
This alert was due on Thu 18 Feb 2027 and is 3 working days late:
the deadline sweep did not run on that day.

Please record what has been done in cspr (`cspr case show CHSCP-2026-0001`).
If the deadline cannot be met, ask the ICSC for an extension or a pause,
with a reason (`cspr clock extend` / `cspr clock pause`).

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Still overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Still overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">paragraph 11.5 of the CHSCP safeguarding arrangements</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Wed 13 Jan 2027</strong> (29 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">3 working days after the ICSC decided (Fri 8 Jan 2027); 11.5.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This clock was due on Wed 13 Jan 2027 and is still not recorded as done: 29 working days overdue. This is overdue alert 5; it repeats every few working days until the clock is met, extended or paused.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Clock</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Partner ratification (Metropolitan Police Service), internal target</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Owner</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">each safeguarding partner</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Wed 13 Jan 2027</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Thu 18 Feb 2027 and is 3 working days late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Please record what has been done in cspr (<code>cspr case show CHSCP-2026-0001</code>). If the deadline cannot be met, ask the ICSC for an extension or a pause, with a reason.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-01-13','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000029-still_breached.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
INSERT INTO "notices" VALUES(30,1,'learning_action','action:1:breached:1',NULL,'[{"name": "Hackney Council", "email": "safeguarding-lead@hackney-council.example.org"}, {"name": "Independent Child Safeguarding Commissioner", "email": "icsc@chscp.example.org"}, {"name": "CHSCP Strategic Leadership Team", "email": "slt@chscp.example.org"}]','CHSCP-2026-0001: learning action 1 (recommendation 1, Hackney Council) - OVERDUE: due Fri 19 Feb 2027','City & Hackney Safeguarding Children Partnership

Learning action overdue
=======================

Case reference: CHSCP-2026-0001
Legal basis:    Learning action of a local review (001 §16.1; 004 §3.18)
Due:            Fri 19 Feb 2027 (2 working days overdue)
Why this date:  The due date agreed for learning action 1 of
                recommendation 1.
To:             Hackney Council, Independent Child Safeguarding
                Commissioner, CHSCP Strategic Leadership Team

This learning action was due on Fri 19 Feb 2027 and is not recorded as
done: it is 2 working days overdue.

Action:         1, recommendation 1
Agency:         Hackney Council
Lead:           Synthetic lead
Added:          Thu 14 Jan 2027
Due:            Fri 19 Feb 2027

What:
Synthetic: audit strategy discussions.

This alert was due on Mon 22 Feb 2027 and is 1 working day late:
the deadline sweep did not run on that day.
Record progress with `cspr action update 1 --note ...`, or the
evidence that it is done with `cspr action complete 1 --evidence ...`.

------------------------------------------------------------------------
Sent by CHSCP Support Team <cspr@chscp.example.org>
for the City & Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.

This message is about a child. Share it only with the people who need it
for the review, and do not forward it outside the safeguarding process.
','<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHSCP-2026-0001: Learning action overdue</title>
</head>
<body style="margin:0;padding:16px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#0b0c0c;">
<div style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #b1b4b6;padding:20px 24px;">
<p style="margin:0 0 4px;font-size:13px;color:#505a5f;">City &amp; Hackney Safeguarding Children Partnership</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;">Learning action overdue</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Case reference</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">CHSCP-2026-0001</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Legal basis</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Learning action of a local review (001 §16.1; 004 §3.18)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Due</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;"><strong>Fri 19 Feb 2027</strong> (2 working days overdue)</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Why this date</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">The due date agreed for learning action 1 of recommendation 1.</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">To</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Hackney Council, Independent Child Safeguarding Commissioner, CHSCP Strategic Leadership Team</td></tr>
</table>
<p style="margin:0 0 12px;">This learning action was due on Fri 19 Feb 2027 and is not recorded as done: it is 2 working days overdue.</p>
<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px;">
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Action</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">1, recommendation 1</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Agency</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Hackney Council</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Lead</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Synthetic lead</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">Added</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Thu 14 Jan 2027</td></tr>
<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;width:38%;font-weight:bold;color:#333333;border-bottom:1px solid #e3e3e3;">What</th><td style="text-align:left;vertical-align:top;padding:6px 0;border-bottom:1px solid #e3e3e3;">Synthetic: audit strategy discussions.</td></tr>
</table>
<p style="margin:0 0 12px;color:#d4351c;">This alert was due on Mon 22 Feb 2027 and is 1 working day late: the deadline sweep did not run on that day.</p>
<p style="margin:0 0 12px;">Record progress with <code>cspr action update 1 --note ...</code>, or the evidence that it is done with <code>cspr action complete 1 --evidence ...</code>.</p>

<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 12px;">
<p style="margin:0 0 8px;font-size:13px;color:#505a5f;">Sent by CHSCP Support Team &lt;cspr@chscp.example.org&gt; for the City &amp; Hackney Safeguarding Children Partnership, Tue 23 Feb 2027.</p>
<p style="margin:0;font-size:13px;color:#505a5f;">This message is about a child. Share it only with the people who need it for the review, and do not forward it outside the safeguarding process.</p>
</div>
</body>
</html>
','2027-02-19','delivered',1,NULL,'/tmp/tmpgtci45zj/CHSCP-2026-0001/000030-learning_action.eml','2026-12-03 15:00:08.222534','2026-12-03 15:00:08.535491',NULL);
CREATE TABLE panel_responses (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	decision_id INTEGER NOT NULL, 
	agrees BOOLEAN NOT NULL, 
	responded_on DATE NOT NULL, 
	comment TEXT NOT NULL, 
	recorded_by VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	FOREIGN KEY(decision_id) REFERENCES decisions (id), 
	CONSTRAINT uq_panel_response_decision UNIQUE (decision_id)
);
CREATE TABLE ratifications (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	decision_id INTEGER NOT NULL, 
	partner_id VARCHAR(64) NOT NULL, 
	ratified BOOLEAN NOT NULL, 
	comment TEXT NOT NULL, 
	answered_on DATE NOT NULL, 
	answered_by VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	FOREIGN KEY(decision_id) REFERENCES decisions (id), 
	CONSTRAINT uq_ratification UNIQUE (decision_id, partner_id)
);
INSERT INTO "ratifications" VALUES(1,1,1,'hackney-council',1,'','2027-01-11','Synthetic partner');
CREATE TABLE recommendations (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	CONSTRAINT uq_recommendation_number UNIQUE (case_id, number)
);
INSERT INTO "recommendations" VALUES(1,1,1,'Share risk information at once.');
CREATE TABLE review_circumstances (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	started_on DATE NOT NULL, 
	ended_on DATE, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id)
);
CREATE TABLE review_delays (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	requested_on DATE NOT NULL, 
	requested_by VARCHAR(200) NOT NULL, 
	to_date DATE NOT NULL, 
	reason TEXT NOT NULL, 
	circumstance VARCHAR(30), 
	status VARCHAR(12) NOT NULL, 
	answered_on DATE, 
	answered_by VARCHAR(200), 
	answer_note TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id)
);
CREATE TABLE reviews (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	opened_on DATE NOT NULL, 
	reviewer VARCHAR(200), 
	commissioned_on DATE, 
	terms_agreed_on DATE, 
	planned_publication DATE, 
	copy_sent_on DATE, 
	published_on DATE, 
	url VARCHAR(500), 
	late_copy_reason TEXT, 
	withheld_scope VARCHAR(20), 
	withheld_on DATE, 
	withheld_justification TEXT, 
	improvements_published_on DATE, 
	repository_submitted_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	UNIQUE (case_id)
);
INSERT INTO "reviews" VALUES(1,1,'2027-01-08',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE tasks (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	party VARCHAR(64) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	owner_role VARCHAR(20) NOT NULL, 
	assignee VARCHAR(200) NOT NULL, 
	due DATE NOT NULL, 
	follow_up DATE NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	outcome JSON, 
	closed_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id), 
	CONSTRAINT uq_task_case_kind_party UNIQUE (case_id, kind, party)
);
INSERT INTO "tasks" VALUES(1,1,'panel_notification','','Notify the Panel through its online form (19.7)','support_team','CHSCP Support Team','2026-12-24','2026-12-21','open','null',NULL);
INSERT INTO "tasks" VALUES(2,1,'partner_notice','','Tell the safeguarding partners, support team and ICSC (19.8)','support_team','CHSCP Support Team','2026-12-24','2026-12-21','open','null',NULL);
INSERT INTO "tasks" VALUES(3,1,'icsc_decision','','Decide whether a local review is appropriate (19.11-19.17)','icsc','Independent Child Safeguarding Commissioner','2027-01-08','2026-12-29','done','{"outcome": "local_review"}','2026-12-03 15:00:07.348931');
INSERT INTO "tasks" VALUES(4,1,'rapid_review_submission','','Submit the rapid review to the Panel (19.13)','spa','Senior Professional Advisor','2027-01-12','2026-12-30','open','null',NULL);
INSERT INTO "tasks" VALUES(5,2,'panel_notification','','Notify the Panel through its online form (19.7)','support_team','CHSCP Support Team','2027-01-05','2026-12-30','open','null',NULL);
INSERT INTO "tasks" VALUES(6,2,'partner_notice','','Tell the safeguarding partners, support team and ICSC (19.8)','support_team','CHSCP Support Team','2027-01-05','2026-12-30','open','null',NULL);
INSERT INTO "tasks" VALUES(7,2,'icsc_decision','','Decide whether a local review is appropriate (19.11-19.17)','icsc','Independent Child Safeguarding Commissioner','2027-01-15','2027-01-06','open','null',NULL);
INSERT INTO "tasks" VALUES(8,2,'rapid_review_submission','','Submit the rapid review to the Panel (19.13)','spa','Senior Professional Advisor','2027-01-19','2027-01-07','open','null',NULL);
INSERT INTO "tasks" VALUES(9,1,'partner_ratification','city-and-hackney-ccg','Ratify or challenge the ICSC''s decision (001 §11.5)','partner','The City & Hackney Clinical Commissioning Group (CCG)','2027-01-13','2027-01-11','open','null',NULL);
INSERT INTO "tasks" VALUES(10,1,'partner_ratification','city-of-london-corporation','Ratify or challenge the ICSC''s decision (001 §11.5)','partner','The City of London Corporation','2027-01-13','2027-01-11','open','null',NULL);
INSERT INTO "tasks" VALUES(11,1,'partner_ratification','city-of-london-police','Ratify or challenge the ICSC''s decision (001 §11.5)','partner','City of London Police','2027-01-13','2027-01-11','open','null',NULL);
INSERT INTO "tasks" VALUES(12,1,'partner_ratification','hackney-council','Ratify or challenge the ICSC''s decision (001 §11.5)','partner','Hackney Council','2027-01-13','2027-01-11','done','{"answer": "ratified"}','2026-12-03 15:00:07.717705');
INSERT INTO "tasks" VALUES(13,1,'partner_ratification','metropolitan-police','Ratify or challenge the ICSC''s decision (001 §11.5)','partner','Metropolitan Police Service','2027-01-13','2027-01-11','open','null',NULL);
INSERT INTO "tasks" VALUES(14,1,'family_notification','','Tell the family the outcome and rationale (19.21-19.22)','support_team','CHSCP Support Team','2027-01-22','2027-01-15','done','{"on": "2027-01-12", "how": "letter"}','2026-12-03 15:00:07.807338');
CREATE INDEX ix_audit_events_reference ON audit_events (reference);
CREATE UNIQUE INDEX ix_cases_reference ON cases (reference);
CREATE INDEX ix_children_case_id ON children (case_id);
CREATE INDEX ix_clocks_case_id ON clocks (case_id);
CREATE INDEX ix_clocks_due ON clocks (due);
CREATE INDEX ix_clocks_status ON clocks (status);
CREATE INDEX ix_decisions_case_id ON decisions (case_id);
CREATE INDEX ix_notices_case_id ON notices (case_id);
CREATE INDEX ix_notices_status ON notices (status);
CREATE INDEX ix_recommendations_case_id ON recommendations (case_id);
CREATE INDEX ix_review_circumstances_case_id ON review_circumstances (case_id);
CREATE INDEX ix_review_delays_case_id ON review_delays (case_id);
CREATE INDEX ix_tasks_case_id ON tasks (case_id);
CREATE INDEX ix_clock_changes_clock_id ON clock_changes (clock_id);
CREATE INDEX ix_escalations_clock_id ON escalations (clock_id);
CREATE INDEX ix_learning_actions_case_id ON learning_actions (case_id);
CREATE INDEX ix_learning_actions_due ON learning_actions (due);
CREATE INDEX ix_learning_actions_recommendation_id ON learning_actions (recommendation_id);
CREATE INDEX ix_panel_responses_case_id ON panel_responses (case_id);
CREATE INDEX ix_ratifications_case_id ON ratifications (case_id);
CREATE INDEX ix_ratifications_decision_id ON ratifications (decision_id);
CREATE INDEX ix_learning_action_escalations_action_id ON learning_action_escalations (action_id);
CREATE INDEX ix_learning_action_updates_action_id ON learning_action_updates (action_id);
COMMIT;
