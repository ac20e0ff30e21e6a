"""Blind sets are scored on what the answer says: required numbers, forbidden ones, and no number
at all where none may be stated (a false figure)."""

from pathlib import Path

import pytest

from bot.qa import Answer, QAEngine
from bot.qa.blind import BlindCase, BlindOutcome, by, load_blind, numbers_in, run_blind
from bot.qa.lexicon import LANGUAGES
from tests.qa.conftest import ROOT

SET_A = ROOT / "tests" / "data" / "qa_blind.jsonl"
SET_B = ROOT / "tests" / "data" / "qa_blind_final.jsonl"
SET_C = ROOT / "tests" / "data" / "qa_blind_c.jsonl"
SET_D = ROOT / "tests" / "data" / "qa_blind_d.jsonl"
SET_E = ROOT / "tests" / "data" / "qa_blind_e.jsonl"
SET_F = ROOT / "tests" / "data" / "qa_blind_f.jsonl"
SET_G = ROOT / "tests" / "data" / "qa_blind_g.jsonl"
SET_H = ROOT / "tests" / "data" / "qa_blind_h.jsonl"
SET_I = ROOT / "tests" / "data" / "qa_blind_i.jsonl"
SET_J = ROOT / "tests" / "data" / "qa_blind_j.jsonl"
SET_K = ROOT / "tests" / "data" / "qa_blind_k.jsonl"
SET_L = ROOT / "tests" / "data" / "qa_blind_l.jsonl"
SET_M = ROOT / "tests" / "data" / "qa_blind_m.jsonl"
SET_N = ROOT / "tests" / "data" / "qa_blind_n.jsonl"
SET_O = ROOT / "tests" / "data" / "qa_blind_o.jsonl"
SET_P = ROOT / "tests" / "data" / "qa_blind_p.jsonl"
SET_Q = ROOT / "tests" / "data" / "qa_blind_q.jsonl"
SET_R = ROOT / "tests" / "data" / "qa_blind_r.jsonl"
SET_S = ROOT / "tests" / "data" / "qa_blind_s.jsonl"
SET_T = ROOT / "tests" / "data" / "qa_blind_t.jsonl"
SET_U = ROOT / "tests" / "data" / "qa_blind_u.jsonl"
SET_V = ROOT / "tests" / "data" / "qa_blind_v.jsonl"
SET_W = ROOT / "tests" / "data" / "qa_blind_w.jsonl"
SET_X = ROOT / "tests" / "data" / "qa_blind_x.jsonl"
SET_Y = ROOT / "tests" / "data" / "qa_blind_y.jsonl"
SET_Z = ROOT / "tests" / "data" / "qa_blind_z.jsonl"
SET_AA = ROOT / "tests" / "data" / "qa_blind_aa.jsonl"
SET_AB = ROOT / "tests" / "data" / "qa_blind_ab.jsonl"
SET_AC = ROOT / "tests" / "data" / "qa_blind_ac.jsonl"
SET_AD = ROOT / "tests" / "data" / "qa_blind_ad.jsonl"
SET_AE = ROOT / "tests" / "data" / "qa_blind_ae.jsonl"
SET_AF = ROOT / "tests" / "data" / "qa_blind_af.jsonl"
SET_AG = ROOT / "tests" / "data" / "qa_blind_ag.jsonl"
SET_AH = ROOT / "tests" / "data" / "qa_blind_ah.jsonl"
SET_AI = ROOT / "tests" / "data" / "qa_blind_ai.jsonl"
SET_AJ = ROOT / "tests" / "data" / "qa_blind_aj.jsonl"
SET_AK = ROOT / "tests" / "data" / "qa_blind_ak.jsonl"
SET_AL = ROOT / "tests" / "data" / "qa_blind_al.jsonl"
SET_AM = ROOT / "tests" / "data" / "qa_blind_am.jsonl"
SET_AN = ROOT / "tests" / "data" / "qa_blind_an.jsonl"
SET_AO = ROOT / "tests" / "data" / "qa_blind_ao.jsonl"
SET_AP = ROOT / "tests" / "data" / "qa_blind_ap.jsonl"
SET_AQ = ROOT / "tests" / "data" / "qa_blind_aq.jsonl"
SET_AR = ROOT / "tests" / "data" / "qa_blind_ar.jsonl"
SET_AS = ROOT / "tests" / "data" / "qa_blind_as.jsonl"
SET_AT = ROOT / "tests" / "data" / "qa_blind_at.jsonl"
SET_AU = ROOT / "tests" / "data" / "qa_blind_au.jsonl"
SET_AV = ROOT / "tests" / "data" / "qa_blind_av.jsonl"
SET_AW = ROOT / "tests" / "data" / "qa_blind_aw.jsonl"
SET_AX = ROOT / "tests" / "data" / "qa_blind_ax.jsonl"
SET_AY = ROOT / "tests" / "data" / "qa_blind_ay.jsonl"
SET_AZ = ROOT / "tests" / "data" / "qa_blind_az.jsonl"
SET_BA = ROOT / "tests" / "data" / "qa_blind_ba.jsonl"
SET_BB = ROOT / "tests" / "data" / "qa_blind_bb.jsonl"
SET_BC = ROOT / "tests" / "data" / "qa_blind_bc.jsonl"
SET_BD = ROOT / "tests" / "data" / "qa_blind_bd.jsonl"
SET_BE = ROOT / "tests" / "data" / "qa_blind_be.jsonl"
SET_BF = ROOT / "tests" / "data" / "qa_blind_bf.jsonl"
SET_BG = ROOT / "tests" / "data" / "qa_blind_bg.jsonl"
SET_BH = ROOT / "tests" / "data" / "qa_blind_bh.jsonl"
SET_BI = ROOT / "tests" / "data" / "qa_blind_bi.jsonl"
SET_BJ = ROOT / "tests" / "data" / "qa_blind_bj.jsonl"
SET_BK = ROOT / "tests" / "data" / "qa_blind_bk.jsonl"
SET_BL = ROOT / "tests" / "data" / "qa_blind_bl.jsonl"
SET_BM = ROOT / "tests" / "data" / "qa_blind_bm.jsonl"
SET_BN = ROOT / "tests" / "data" / "qa_blind_bn.jsonl"
SET_BO = ROOT / "tests" / "data" / "qa_blind_bo.jsonl"
SET_BP = ROOT / "tests" / "data" / "qa_blind_bp.jsonl"
SET_BQ = ROOT / "tests" / "data" / "qa_blind_bq.jsonl"
SET_BR = ROOT / "tests" / "data" / "qa_blind_br.jsonl"
SET_BS = ROOT / "tests" / "data" / "qa_blind_bs.jsonl"
SET_BT = ROOT / "tests" / "data" / "qa_blind_bt.jsonl"
SET_BU = ROOT / "tests" / "data" / "qa_blind_bu.jsonl"
SET_BV = ROOT / "tests" / "data" / "qa_blind_bv.jsonl"
SET_BW = ROOT / "tests" / "data" / "qa_blind_bw.jsonl"
SET_BX = ROOT / "tests" / "data" / "qa_blind_bx.jsonl"
SET_BY = ROOT / "tests" / "data" / "qa_blind_by.jsonl"
SET_BZ = ROOT / "tests" / "data" / "qa_blind_bz.jsonl"
SET_CA = ROOT / "tests" / "data" / "qa_blind_ca.jsonl"
SET_CB = ROOT / "tests" / "data" / "qa_blind_cb.jsonl"
SET_CC = ROOT / "tests" / "data" / "qa_blind_cc.jsonl"
SET_CD = ROOT / "tests" / "data" / "qa_blind_cd.jsonl"
SET_CE = ROOT / "tests" / "data" / "qa_blind_ce.jsonl"
SET_CF = ROOT / "tests" / "data" / "qa_blind_cf.jsonl"
SET_CG = ROOT / "tests" / "data" / "qa_blind_cg.jsonl"
SET_CH = ROOT / "tests" / "data" / "qa_blind_ch.jsonl"
SET_CI = ROOT / "tests" / "data" / "qa_blind_ci.jsonl"
SET_CJ = ROOT / "tests" / "data" / "qa_blind_cj.jsonl"
SET_CK = ROOT / "tests" / "data" / "qa_blind_ck.jsonl"
SET_CL = ROOT / "tests" / "data" / "qa_blind_cl.jsonl"
SET_CM = ROOT / "tests" / "data" / "qa_blind_cm.jsonl"
SET_CN = ROOT / "tests" / "data" / "qa_blind_cn.jsonl"
SET_CO = ROOT / "tests" / "data" / "qa_blind_co.jsonl"
SET_CP = ROOT / "tests" / "data" / "qa_blind_cp.jsonl"
SET_CQ = ROOT / "tests" / "data" / "qa_blind_cq.jsonl"
SET_CR = ROOT / "tests" / "data" / "qa_blind_cr.jsonl"
SET_CS = ROOT / "tests" / "data" / "qa_blind_cs.jsonl"
SET_CT = ROOT / "tests" / "data" / "qa_blind_ct.jsonl"
SET_CU = ROOT / "tests" / "data" / "qa_blind_cu.jsonl"
SET_CV = ROOT / "tests" / "data" / "qa_blind_cv.jsonl"
SET_CW = ROOT / "tests" / "data" / "qa_blind_cw.jsonl"
SET_CX = ROOT / "tests" / "data" / "qa_blind_cx.jsonl"
SET_CY = ROOT / "tests" / "data" / "qa_blind_cy.jsonl"
SET_CZ = ROOT / "tests" / "data" / "qa_blind_cz.jsonl"
SET_DA = ROOT / "tests" / "data" / "qa_blind_da.jsonl"
SET_DB = ROOT / "tests" / "data" / "qa_blind_db.jsonl"
SET_DC = ROOT / "tests" / "data" / "qa_blind_dc.jsonl"
SET_DD = ROOT / "tests" / "data" / "qa_blind_dd.jsonl"
SET_DE = ROOT / "tests" / "data" / "qa_blind_de.jsonl"
SET_DF = ROOT / "tests" / "data" / "qa_blind_df.jsonl"
SET_DG = ROOT / "tests" / "data" / "qa_blind_dg.jsonl"
SET_DH = ROOT / "tests" / "data" / "qa_blind_dh.jsonl"
SET_DI = ROOT / "tests" / "data" / "qa_blind_di.jsonl"
SET_DJ = ROOT / "tests" / "data" / "qa_blind_dj.jsonl"
SET_DK = ROOT / "tests" / "data" / "qa_blind_dk.jsonl"
SET_DL = ROOT / "tests" / "data" / "qa_blind_dl.jsonl"
SET_DM = ROOT / "tests" / "data" / "qa_blind_dm.jsonl"
SET_DN = ROOT / "tests" / "data" / "qa_blind_dn.jsonl"
SET_DO = ROOT / "tests" / "data" / "qa_blind_do.jsonl"
SET_DP = ROOT / "tests" / "data" / "qa_blind_dp.jsonl"
SET_DQ = ROOT / "tests" / "data" / "qa_blind_dq.jsonl"
SET_DR = ROOT / "tests" / "data" / "qa_blind_dr.jsonl"
SET_DS = ROOT / "tests" / "data" / "qa_blind_ds.jsonl"
SET_DT = ROOT / "tests" / "data" / "qa_blind_dt.jsonl"
SET_DU = ROOT / "tests" / "data" / "qa_blind_du.jsonl"
SET_DV = ROOT / "tests" / "data" / "qa_blind_dv.jsonl"
SET_DW = ROOT / "tests" / "data" / "qa_blind_dw.jsonl"
SET_DX = ROOT / "tests" / "data" / "qa_blind_dx.jsonl"
SET_DY = ROOT / "tests" / "data" / "qa_blind_dy.jsonl"
SET_DZ = ROOT / "tests" / "data" / "qa_blind_dz.jsonl"
SET_EA = ROOT / "tests" / "data" / "qa_blind_ea.jsonl"
SET_EB = ROOT / "tests" / "data" / "qa_blind_eb.jsonl"
SET_EC = ROOT / "tests" / "data" / "qa_blind_ec.jsonl"
SET_ED = ROOT / "tests" / "data" / "qa_blind_ed.jsonl"
SET_EE = ROOT / "tests" / "data" / "qa_blind_ee.jsonl"
SET_EF = ROOT / "tests" / "data" / "qa_blind_ef.jsonl"
SET_EG = ROOT / "tests" / "data" / "qa_blind_eg.jsonl"
SET_EH = ROOT / "tests" / "data" / "qa_blind_eh.jsonl"
SET_EI = ROOT / "tests" / "data" / "qa_blind_ei.jsonl"
SET_EJ = ROOT / "tests" / "data" / "qa_blind_ej.jsonl"
SET_EK = ROOT / "tests" / "data" / "qa_blind_ek.jsonl"
SET_EL = ROOT / "tests" / "data" / "qa_blind_el.jsonl"
SET_EM = ROOT / "tests" / "data" / "qa_blind_em.jsonl"
SET_EN = ROOT / "tests" / "data" / "qa_blind_en.jsonl"
SET_EO = ROOT / "tests" / "data" / "qa_blind_eo.jsonl"
SET_EP = ROOT / "tests" / "data" / "qa_blind_ep.jsonl"
SET_EQ = ROOT / "tests" / "data" / "qa_blind_eq.jsonl"
SET_ER = ROOT / "tests" / "data" / "qa_blind_er.jsonl"
SET_ES = ROOT / "tests" / "data" / "qa_blind_es.jsonl"
SET_ET = ROOT / "tests" / "data" / "qa_blind_et.jsonl"
SET_EU = ROOT / "tests" / "data" / "qa_blind_eu.jsonl"
SET_EV = ROOT / "tests" / "data" / "qa_blind_ev.jsonl"
SET_EW = ROOT / "tests" / "data" / "qa_blind_ew.jsonl"
SET_EX = ROOT / "tests" / "data" / "qa_blind_ex.jsonl"
SET_EY = ROOT / "tests" / "data" / "qa_blind_ey.jsonl"
SET_EZ = ROOT / "tests" / "data" / "qa_blind_ez.jsonl"
SET_FA = ROOT / "tests" / "data" / "qa_blind_fa.jsonl"
SET_FB = ROOT / "tests" / "data" / "qa_blind_fb.jsonl"
SET_FC = ROOT / "tests" / "data" / "qa_blind_fc.jsonl"
SET_FD = ROOT / "tests" / "data" / "qa_blind_fd.jsonl"
SET_FE = ROOT / "tests" / "data" / "qa_blind_fe.jsonl"
SET_FF = ROOT / "tests" / "data" / "qa_blind_ff.jsonl"
# Sets A to AJ are training data now. Each but A was first scored blind, then tuned on: set B
# at 0.860 / 0.897 / 0.842 (ru / kk / en) with 14 false figures, set C at 0.920 / 0.858 / 0.846 with
# 16, set D at 0.931 / 0.860 / 0.854 with 10, set E at 0.912 / 0.900 / 0.906 with 16, set F at 0.926
# / 0.917 / 0.895 with 14 flagged, of which 2 were real false figures (a survey's size and "a year
# later" than 2019 answered with the 2025 level; the other 12 were labels forbidding a true figure
# beside the one asked, corrected in the file), set G at 0.978 / 0.963 / 0.949 with 1 false figure
# (a passport's cost at a public service centre answered with the reform's background), set H at
# 0.923 / 0.944 / 0.964 with 6 false figures (questions naming a word of the topic but asking
# something else: the best figure skater, who killed Denis Ten, a complaint about a neighbour, trust
# in the tax authorities against the police; 3 of its misses were labels of the split the data lack,
# corrected to "no figure" as in sets B and E), set I at 0.964 / 0.978 / 0.977 with 2 false figures
# (a region set against the country's average answered with the national figure's source; trust in a
# lying boyfriend answered with police trust figures), set J at 0.955 / 0.970 / 0.941 with 3 false
# figures (the capital against the country answered with the national growth; complaints about
# district officers answered with the unreviewed reports; "i see" after a follow-up answered with
# the deputy's assessment), set K at 0.943 / 0.977 / 0.969 with 3 false figures (trust in villages
# asked inside a farmer's story answered with the national 63 %; a TV series about the police
# recommended with a reason for distrust; who won the figure-skating worlds answered with the
# deputy's profile; 6 of its misses were labels asking a figure or an explanation for the
# partly-trusting alone and the deputy's party, corrected to "no figure" as in sets B and E), set L
# at 0.944 / 0.958 / 0.972 with 1 flagged figure (a correct "one in seven is ≈14.3 % of the
# offenders, not of the police" answer labelled "no figure", corrected to an explanation; the party
# question relabelled "no figure" as in K), set M at 0.928 / 0.920 / 0.884 with 5 flagged figures,
# of which 4 were real (trust in the police of the US answered with Kazakhstan's level; building
# trust in a team at work and self-confidence answered with facts; a region set against the country
# answered with the source) and one a correct "one in seven is ≈14.3 % of the offenders" answer
# labelled "no figure", corrected to an explanation; 13 of its misses were the label convention of
# the relative change (65.8 where the answer rounds to 66 %), relabelled 66, set N at 0.971 / 0.964
# / 0.920 with 7 flagged figures, of which 4 were real (a Kazakh question about whom someone beat in
# his last game answered with the trust level; a band called The Police answered with the reform's
# background; rural set against urban trust answered with the growth; "zero trust" answered with the
# trust level) and 3 stated the combined 37 % for those not trusting at all, or the reform's
# background for a year before the first measurement, where the convention wants no number, set O at
# 0.937 / 0.943 / 0.914 with 3 false figures (how to write a lab report and how to report spam on
# Telegram answered with the unreviewed reports; "don't trust the police at all" answered with the
# combined 37 %; two earlier English "don't trust … at all" labels in J and K asking the 37 % were
# relabelled "no figure", as N's «совсем», «мүлде», "zero"), set P at 0.943 / 0.929 / 0.943 with 7
# false figures, all real, each a weak word of ours beside another subject (a pension reform
# answered with the police reform's background; a 63 % microloan rate answered with the trust
# level; a tax report answered with the unreviewed reports; trust in rural areas typed in Latin
# Kazakh answered with the national level; three bare "so 14 % of police are corrupt?" labels
# asking 14.3 were relabelled "no figure", as in E), set Q at 0.957 / 0.958 / 0.908 with 9
# flagged figures, of which 7 were real (a phone's battery at 63 % answered with the trust level
# three times; an internship report answered with the unreviewed reports; a song by The Police
# answered with corruption; Denis Ten's Olympic bronze answered with the reform's background twice)
# and 2 by convention ("every seventh officer a bribe-taker?" answered with 14.3 % of the
# offenders; "not at all, not partly" answered with the combined 37 %; L's bare claim l-ru-095,
# labelled an explanation with 14.3, was relabelled "no figure" as in E, M and Q), set R at
# 0.959 / 0.979 / 0.973 with 4 flagged answers, none a false figure in substance: they restated
# the combined 37 % (2025) when asked whether 37 % do not trust at all, true, but the convention
# wants the no-number answer that the 37 % counts the partly trusting too; 13 earlier labels (A,
# C, D, E, H, M) asking 37 or an explanation for that quoted question were relabelled "no
# figure" to match, set S at 0.950 / 0.971 / 0.936 with 4 flagged answers, of which 3 were real
# (a count of inspectors short "in the villages" after the district inspectors answered with the
# trust split; the deputy's profile given for what her first name means and whether her surname
# is common) and one by convention ("not at all, without the partly" answered with the combined
# 37 %), set T at 0.964 / 0.971 / 0.956 as written, 0.986 / 0.985 / 0.978 with 2 false figures once
# 63 was no longer forbidden in its 19 questions about 2019 (a taxi at 3 a.m. answered with the
# emergency numbers; trust in a relationship answered with the trust growth), set U at 0.986 /
# 0.956 / 0.971 with 5 flagged figures, of which 2 were real (the deputy's age typed in Latin
# Kazakh answered with her profile; "unrelated, but help me write my quarterly report" after the
# reports answered with the reports) and 3 an ambulance's number answered with the single
# emergency number 112, true and in the facts, where the label wanted no number (relabelled 112,
# as the writing rules now say), set V at 0.959 / 0.938 / 0.966 with 7 flagged figures, of which
# 5 were real (the average size of a bribe answered with the one-in-seven share twice; the
# deputy's age; "can I trust my boyfriend" answered with the emergency numbers; "are US police
# corrupt?" answered with corruption here) and 2 the ambulance's 112 (relabelled, with a third
# ambulance question labelled out of scope that the bot had declined; 3 "is 37 % those who don't
# trust at all?" labels asking 37 were relabelled "no figure" as the convention says), set W at
# 0.986 / 0.986 / 0.964 with 5 false figures, all real (a bank's hotline answered with the
# emergency numbers; "by the way, where do they sell cheap clothes" after the reasons answered
# with the source; "zero trust, none at all" answered with the reform's background; where the
# deputy studied answered with her profile; "is 63 a prime number?" answered with the trust
# level), set X at 0.986 / 0.993 / 0.958 with 2 false figures, both real (songs by The Police
# answered with corruption; a child's 63 % on a maths test answered with the trust level), set Y
# at 0.978 / 0.965 / 0.956 with 4 flagged figures, of which 3 were real (the year Almaty was
# founded answered with the source; "in percent?" typed «payizben» after the reports and after
# corruption answered with the trust level) and one by convention ("and how many of them don't
# trust at all" after the distrust answered with the combined 37 %), set Z at 0.987 / 0.970 /
# 0.953 with 6 false figures, all real (an iPhone's price answered with the source; a phone
# battery at 37 % answered with the distrust and one falling from 63 % to 38 % with the growth;
# the average bribe answered with corruption; a survey in 2023 answered with the first and latest
# measurements; the share of Britons who trust their police answered with the level), set AA at
# 0.972 / 0.993 / 0.971 with 3 false figures, all real (an inspector's pay in slang answered with
# the reform's prevention work; 2018 "before the reform" after a figure answered with the
# reform's background; a boss rejecting a quarterly report answered with the reports), set AB at
# 0.965 / 0.993 / 0.972 with 1 flagged figure, a label forbidding 200 where the answer gives the
# true gap of 200 thousand between the unconsidered and the considered reports (relabelled), set
# AC at 0.958 / 0.972 / 0.951 with 3 false figures, all real (winning back a wife's trust, a
# 63-page practice report and the singer of The Police, each answered with the trust level), set
# AD at 0.979 / 0.986 / 0.979 with 5 flagged figures, of which 3 were real (which phone to buy for
# 200 thousand answered with the emergency numbers twice; 63 kg for 170 cm answered with the
# trust level) and 2 the two measured years given for "the lowest year between 2019 and 2025",
# labelled "no figure", set AE at 0.979 / 0.986 / 0.958 with 3 flagged figures, of which 1 was
# real (by how much the inspectors' pay went up answered with the trust growth) and 2 by
# convention (the partly trusting alone, and "so 37 % flat out don't trust?", answered with the
# combined 37 %), set AF at 0.979 / 0.986 / 0.964 with 1 false figure, real (a TV series about
# cops answered with the reform's background), set AG at 0.993 / 0.957 / 0.964 with 3 flagged
# figures, of which 2 were real (Astana against the regions answered with the summary; a child's
# mark of 38 out of 50 answered with the trust level) and 1 by convention ("so 37 % completely
# distrust?" answered with the combined 37 %), set AH at 0.950 / 0.974 / 0.929 with 2 false
# figures, both real (a broken lift "in entrance 2" answered with the inspectors' prevention work,
# in Russian and in English: their contacts in the building's entrances, added to the vocabulary
# for set AD, drew them in; 5 labels asking an explanation where the convention wants "no
# figure", the deputy's party and "is 37 % those who don't trust at all?", were relabelled), set
# AI at 0.978 / 0.993 / 0.956 with 1 false figure, real (a lift broken for a week, "who do I
# call", answered with the emergency numbers), set AJ at 0.972 / 0.965 / 0.972 with 3 flagged
# figures, of which 2 were real (the inspectors' pay rise in tenge answered with their
# prevention work; a broken lift answered with the emergency numbers) and 1 by convention ("in
# 2023, halfway between 38 and 63?" answered "no figure for 2023" with the years the two quoted
# figures are from; relabelled an explanation naming those years). Set J's
# three "partly trusting alone" questions are "no figure" too, as in B, E and K. Sets E to S were
# written after all tuning on the sets before them by writers who saw only the facts, the article
# and the list of what must work. Floors are what they reach minus about two questions per
# language:
# A 0.988 / 0.994 / 0.983, B 0.994 / 0.994 / 0.988, C 1.000 / 1.000 / 0.994, D 0.994 / 1.000 /
# 0.994, E 0.985 / 0.980 / 0.985, F 1.000 / 1.000 / 1.000, G 1.000 / 1.000 / 1.000, H 0.993 /
# 0.993 / 0.993, I 1.000 / 0.993 / 1.000, J 0.977 / 0.985 / 0.993, K 1.000 / 1.000 / 1.000, L
# 1.000 / 1.000 / 1.000, M 1.000 / 1.000 / 1.000, N 1.000 / 1.000 / 1.000, O 0.993 / 0.986 / 0.971,
# P 1.000 / 0.979 / 1.000, Q 1.000 / 0.993 / 0.979, R 0.993 / 1.000 / 1.000, S 0.971 /
# 1.000 / 0.957, T 1.000 / 1.000 / 1.000, U 1.000 / 1.000 / 1.000, V 1.000 / 1.000 / 1.000, W
# 1.000 / 1.000 / 1.000, X 0.993 / 1.000 / 0.986, Y 1.000 / 1.000 / 1.000, Z 1.000 / 1.000 /
# 0.993, AA 0.993 / 1.000 / 1.000, AB 1.000 / 1.000 / 1.000, AC 0.986 / 0.993 / 0.972 (three
# "38 % was in 2020?" questions labelled with the figure of 2019, answered "no figure for 2020;
# 38 % is the figure for 2019", count as misses), AD 1.000 / 0.993 / 1.000, AE 0.986 / 1.000 /
# 0.986, AF 0.993 / 0.993 / 0.993, AG 0.993 / 0.979 / 0.978, AH 0.971 / 0.987 / 0.986, AI 0.986 /
# 1.000 / 0.978, AJ 0.972 / 0.986 / 0.993.
FLOORS = {
    "A": {"ru": 0.975, "kk": 0.975, "en": 0.965},
    "B": {"ru": 0.97, "kk": 0.975, "en": 0.965},
    "C": {"ru": 0.985, "kk": 0.985, "en": 0.98},
    "D": {"ru": 0.98, "kk": 0.985, "en": 0.98},
    "E": {"ru": 0.97, "kk": 0.965, "en": 0.975},
    "F": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "G": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "H": {"ru": 0.975, "kk": 0.975, "en": 0.975},
    "I": {"ru": 0.985, "kk": 0.975, "en": 0.985},
    "J": {"ru": 0.955, "kk": 0.96, "en": 0.965},
    "K": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "L": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "M": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "N": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "O": {"ru": 0.975, "kk": 0.97, "en": 0.955},
    "P": {"ru": 0.985, "kk": 0.96, "en": 0.985},
    "Q": {"ru": 0.985, "kk": 0.975, "en": 0.96},
    "R": {"ru": 0.98, "kk": 0.985, "en": 0.985},
    "S": {"ru": 0.955, "kk": 0.985, "en": 0.94},
    "T": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "U": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "V": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "W": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "X": {"ru": 0.98, "kk": 0.985, "en": 0.97},
    "Y": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "Z": {"ru": 0.98, "kk": 0.985, "en": 0.98},
    "AA": {"ru": 0.98, "kk": 0.985, "en": 0.985},
    "AB": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "AC": {"ru": 0.97, "kk": 0.985, "en": 0.96},
    "AD": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "AE": {"ru": 0.97, "kk": 0.985, "en": 0.97},
    "AF": {"ru": 0.98, "kk": 0.98, "en": 0.98},
    "AG": {"ru": 0.98, "kk": 0.965, "en": 0.965},
    "AH": {"ru": 0.955, "kk": 0.975, "en": 0.97},
    "AI": {"ru": 0.97, "kk": 0.985, "en": 0.96},
    "AJ": {"ru": 0.955, "kk": 0.97, "en": 0.98},
    "AK": {"ru": 0.975, "kk": 0.96, "en": 0.985},
    "AL": {"ru": 0.94, "kk": 0.955, "en": 0.955},
    "AM": {"ru": 0.94, "kk": 0.97, "en": 0.975},
    "AN": {"ru": 0.965, "kk": 0.95, "en": 0.94},
    "AO": {"ru": 0.96, "kk": 0.94, "en": 0.935},
    "AP": {"ru": 0.965, "kk": 0.985, "en": 0.97},
    "AQ": {"ru": 0.945, "kk": 0.915, "en": 0.965},
    "AR": {"ru": 0.92, "kk": 0.94, "en": 0.9},
    # BA and BB were written after AY and AZ and scored once: BA 0.938 / 0.961 / 0.959 with 4
    # false figures (bribery cases "found" in Latin Kazakh answered with the one-in-seven share;
    # a housing fee "by the way" after a trust question with the level; a taxi "at 8:00" in
    # Latin Kazakh with the time zone; a lost cat, "if you see her", with the deputy's profile),
    # BB 0.967 / 0.980 / 0.927 with 1 (a child's fever of 38.5 answered with the trust level);
    # 4 labels broke the writing rules and were corrected (6/7 written 86 where the answer says
    # 85.7; "is 37 % those who do not trust at all?" labelled an explanation).
    "BA": {"ru": 0.955, "kk": 0.97, "en": 0.97},
    "BB": {"ru": 0.98, "kk": 0.97, "en": 0.96},
    # BC and BD were written while BA and BB were tuned on and scored once after: BC 0.952 /
    # 0.973 / 0.959 with 2 false figures (the 21 bus read as the year 2021; trust in banks set
    # against the police answered with the reform's background), BD 0.966 / 0.953 / 0.939 with
    # 3 (the deputy's marriage in Latin Kazakh with her profile; how to cook beshbarmak after a
    # trust question with the reasons; when the public service centre opens with the reform's
    # background). Most of BD's misses were a resident asking again: "repeat that", «объясни
    # попроще», "that can't be right" after an answer.
    "BC": {"ru": 0.965, "kk": 0.965, "en": 0.965},
    "BD": {"ru": 0.965, "kk": 0.965, "en": 0.94},
    # BE and BF were written while BC and BD were tuned on and scored once after: BE 0.932 /
    # 0.933 / 0.951 with 9 false figures (a mother's phone number, "her number is +7 777…",
    # answered with the deputy's profile twice; trust in "our district's" inspector with the level
    # three times; how many people were asked for the 63 % in Kazakh with the level; homework
    # "3/7 + 2/5" with the one in seven; a forecast "in 5 years" in Latin Kazakh with the first
    # measurement; the not-at-all "without «partly»" with the split), BF 0.932 / 0.953 / 0.939
    # with 3 (trust in Shymkent beside a complaint about its inspector, in three languages, with
    # the prevention work).
    "BE": {"ru": 0.94, "kk": 0.955, "en": 0.96},
    "BF": {"ru": 0.935, "kk": 0.95, "en": 0.945},
    # BG and BH were written while BE and BF were tuned on and scored once on the engine after
    # them: BG 0.980 / 0.987 / 0.947 with 3 false figures ("give me the number for our district,
    # Turksib" answered with the source; "till what time does bus 37 run?" with the time zone;
    # 2023 "when the reform was in full swing" with the reform's background), BH 0.966 / 0.973 /
    # 0.979 with 2 (the deputy's age in slang with her profile; whether Kaspi can be trusted, in
    # Kazakh, with the reasons); together 0.973 / 0.980 / 0.963. Then they were tuned on.
    "BG": {"ru": 0.98, "kk": 0.98, "en": 0.95},
    "BH": {"ru": 0.955, "kk": 0.965, "en": 0.965},
    # BI and BJ were the last round's final figure (scored once: 0.952 / 0.966 / 0.959 and 0.974
    # / 0.942 / 0.955); they were tuned on after. BK and BL were written while they were tuned
    # on, by writers given only the facts, the article, the issue's list and the labelling
    # conventions (angles: a big residential complex's pensioners, parents and teenagers;
    # sceptics, debaters and journalists), and scored once: BK 0.967 / 0.974 / 0.961 with 3
    # false figures, BL 0.922 / 0.967 / 0.856 with 10. BM and BN were written while BK and BL
    # were tuned on (people just in contact with the police; students and teachers) and scored
    # once on the engine after: BM 0.961 / 0.967 / 0.928 with 6, BN 0.916 / 0.941 / 0.869 with 3.
    # Then all six were tuned on.
    "BI": {"ru": 0.97, "kk": 0.98, "en": 0.97},
    "BJ": {"ru": 0.98, "kk": 0.955, "en": 0.975},
    "BK": {"ru": 0.985, "kk": 0.975, "en": 0.975},
    "BL": {"ru": 0.96, "kk": 0.98, "en": 0.955},
    "BM": {"ru": 0.955, "kk": 0.96, "en": 0.94},
    "BN": {"ru": 0.955, "kk": 0.975, "en": 0.92},
    # BQ and BR were written while BO and BP were being scored (angles: residents of house chats
    # asking casually, with many follow-ups and everyday arithmetic; people who check or use the
    # figures: journalists, students, officials, sceptics, voice dictation, Latin Kazakh) and
    # scored once: BQ 0.930 / 0.882 / 0.913 with 2 flagged figures (trust in Russian police "vs
    # ours", «in Russian» read as the reply's language; «7 көбейту 8», a multiplication, with the
    # one in seven), BR 0.935 / 0.929 / 0.893 with 3 (three "before 2019" questions answered
    # with the reform's background or the change). BS and BT were written at the same time
    # (a first week's broad mix; a careful reviewer's plain, roundabout, wrong-premise and
    # near-neighbour questions) and scored once after BQ and BR were tuned on: BS 0.928 / 0.903 /
    # 0.902 with 12 flagged figures (the bot's own trust, asked in Russian and Kazakh, with the
    # level; Karaganda in Kazakh, a region "the same as the country", trust in the inspectors
    # themselves, a headcount of the population and the not-at-all part with the level or the
    # 37 %; corruption's trend, a count of convictions and the total of offenders with the one in
    # seven), BT 0.962 / 0.961 / 0.947 with 3. Then all four were tuned on.
    "BQ": {"ru": 0.99, "kk": 0.975, "en": 0.965},
    "BR": {"ru": 0.98, "kk": 0.96, "en": 0.935},
    "BS": {"ru": 0.96, "kk": 0.94, "en": 0.945},
    "BT": {"ru": 0.98, "kk": 0.97, "en": 0.95},
    # BW (house and neighbourhood chats: pensioners, students, a taxi driver, a teacher; many
    # follow-ups) and BX (journalists, a civics teacher, a lawyer, a foreign researcher; wrong
    # premises, near neighbours, two questions at once, decimals and fractions) were written
    # after BU and BV had been scored and scored once before any tuning: BW 0.942 / 0.961 /
    # 0.953 with 8 flagged figures, BX 0.955 / 0.948 / 0.947 with none. Then both were tuned on.
    "BW": {"ru": 0.965, "kk": 0.98, "en": 0.975},
    "BX": {"ru": 0.98, "kk": 0.98, "en": 0.965},
    # BY and BZ (see HELD_OUT's comment for their first scores) were then tuned on too.
    "BY": {"ru": 0.985, "kk": 0.97, "en": 0.99},
    "BZ": {"ru": 0.95, "kk": 0.955, "en": 0.97},
    # CA and CB (see HELD_OUT's comment for their first scores) were then tuned on too.
    "CA": {"ru": 0.965, "kk": 0.965, "en": 0.975},
    "CB": {"ru": 0.985, "kk": 0.96, "en": 0.95},
    # CC (older residents, voice dictation, Russian and Kazakh mixed, Kazakh without its letters
    # or in Latin, rural inspectors, the same thing asked twice) and CD (sceptics, journalists,
    # students checking claims: each figure's source, wrong premises, the deputy's words,
    # arithmetic in context, look-alikes the data lack) were written while CA and CB were tuned
    # on, by writers given only the facts, the article, the issue's list and the labelling
    # conventions, and scored once on the final engine of this round: CC 0.961 / 0.967 / 0.968
    # with 3 flagged figures, CD 0.916 / 0.948 / 0.922 with 2; together, 920 questions: 0.938 /
    # 0.958 / 0.945, 5 flagged, all real (a year said in words, «в двадцать третьем году»,
    # answered with the level; a doctor's appointment by phone, twice, with 102 and 112;
    # satisfaction with the police's work, twice, with the trust level). Then both were tuned on.
    "CC": {"ru": 0.975, "kk": 0.97, "en": 0.965},
    "CD": {"ru": 0.925, "kk": 0.945, "en": 0.945},
    # CE (teenagers and students texting: slang, «скок», emoji, Latin Kazakh; rural residents
    # and their inspector) and CF (house-chat admins, activists and officials preparing a post
    # or a meeting: how to word a figure, ready posts, what a figure does not mean; expats
    # writing English) were written while CC and CD were tuned on, by writers given only the
    # facts, the article, the issue's list and the labelling conventions, and scored once on the
    # final engine of that round: CE 0.857 / 0.948 / 0.928 with 8 flagged figures, CF 0.890 /
    # 0.922 / 0.889 with 7; together, 920 questions: 0.873 / 0.935 / 0.908, 15 flagged, 2 real
    # (trust set against other countries answered with the deputy's assessment and its 38 → 63;
    # "Is Almaty safe for foreigners at night? numbers?" with the two measurements); the others
    # are the citation's date under an answer saying there is no figure (hidden crimes counted,
    # the deputy's career, an inspector's phone) and the one in seven restated when who the
    # other six are was asked. Then both were tuned on.
    "CE": {"ru": 0.94, "kk": 0.97, "en": 0.96},
    "CF": {"ru": 0.96, "kk": 0.95, "en": 0.93},
    # CG (claims forwarded from channels, chats and relatives, right and distorted; busy working
    # people with the question in the middle of a message) and CH (commands and tasks, one
    # number or a full explanation, what each figure does not mean; language switches and
    # conversations several topics deep) were written while CE and CF were tuned on and scored
    # once on the final engine of that round: CG 0.883 / 0.857 / 0.862 with 4 flagged figures,
    # CH 0.890 / 0.908 / 0.889 with 8; together, 920 questions: 0.886 / 0.883 / 0.875, 12
    # flagged, 7 real (a child's paracetamol dose, twice, read «пара» as a bribe and answered with
    # the one in seven; 2020 "right after the reform" with the reform's story and its 2018; how
    # many unconsidered reports were reopened later, three times, with those considered;
    # Kazakhstan's place in a world ranking with the level); the others say there is no figure
    # beside a date or the two measurements. All 7 real ones were fixed after the score was
    # recorded; then both sets were tuned on.
    "CG": {"ru": 0.885, "kk": 0.875, "en": 0.91},
    "CH": {"ru": 0.915, "kk": 0.94, "en": 0.925},
    # CI (pupils, students, teachers and parents: homework, essays, debates, a class hour) and
    # CJ (people just after a theft, a fine or an unanswered inspector, writing in anger;
    # shopkeepers and taxi drivers) were written while CG and CH were tuned on and scored once
    # on the final engine of that round: CI 0.940 / 0.933 / 0.946 with 8 flagged figures, CJ
    # 0.944 / 0.939 / 0.938 with 9; together, 1,035 questions: 0.942 / 0.936 / 0.942. Then
    # both were tuned on; of their 17 flagged answers 15 are fixed.
    "CI": {"ru": 0.985, "kk": 0.975, "en": 0.98},
    "CJ": {"ru": 0.99, "kk": 0.985, "en": 0.975},
    # CK (police officers' families, akimat staff, guards, neighbours defending the police) and
    # CL (two or three questions in one message, corrections, half-remembered numbers, the
    # south's mixed Kazakh and Russian) were written while CI and CJ were tuned on and scored
    # once on the final engine of that round: CK 0.964 / 0.929 / 0.942 with 6 flagged, CL
    # 0.912 / 0.908 / 0.908 with 6; together, 1,072 questions: 0.937 / 0.918 / 0.924, 12
    # flagged, 8 real (how to take a screenshot "on the phone", three times, answered with the
    # emergency numbers or the one in seven; the north against the south and a small city,
    # Kentau, with the level; "how many of the 500k were later solved" with the reports; the
    # inspectors counted in all, in Kazakh, with the reports; "14 % of police are corrupt,
    # quoting the deputy — true?" in Kazakh with the source and its quote). Six of the eight
    # were fixed after the score was recorded.
    "CK": {"ru": 0.975, "kk": 0.94, "en": 0.955},
    "CL": {"ru": 0.915, "kk": 0.925, "en": 0.925},
    # CM (bloggers and content makers wanting exact numbers for posts and captions; heavy slang,
    # abbreviations, Russian and Kazakh typed in Latin) and CN (analysts and numerate people
    # asking about method and arithmetic; wrong or distorted numbers to check) were written
    # while CK and CL were tuned on and scored once on the engine of the next round's start:
    # CM 0.958 / 0.952 / 0.964 with 2 flagged, CN 0.977 / 0.944 / 0.931 with 6; together,
    # 1,026 questions: 0.968 / 0.948 / 0.947, 8 flagged, all 8 real (reports later reopened
    # or solved, twice, with those considered; the method compared, a headcount, last year's
    # change, twice, and a "don't know" share, with the level or the change). Then both were
    # tuned on; all 8 are fixed.
    "CM": {"ru": 0.99, "kk": 0.98, "en": 0.99},
    "CN": {"ru": 0.995, "kk": 0.975, "en": 0.98},
    # CO (neighbours arguing in a house chat, sarcasm, the bot quoted back at itself; couriers
    # and night-shift workers writing on the go) and CP (fragments and single words, greetings
    # before the question, conversations four to six turns deep) were written while CM and CN
    # were tuned on and scored once on the final engine of that round: CO 0.902 / 0.920 / 0.966
    # with 6 flagged figures, CP 0.943 / 0.916 / 0.909 with 4; together, 1,180 questions: 0.925
    # / 0.918 / 0.934, 10 flagged, 8 real (trust by profession, twice, and in one's own district
    # with the level; "how many million people is 63 %?" with the level; "how many of the 500k
    # were reopened?" with the reports; "people trusted the militia more in Soviet times, true?",
    # three times, with the two measurements). All eight were fixed after the score was
    # recorded.
    "CO": {"ru": 0.905, "kk": 0.925, "en": 0.97},
    "CP": {"ru": 0.965, "kk": 0.93, "en": 0.92},
    # CQ (older residents typing slowly or by voice, numbers in words; parents and pupils
    # preparing a school report) and CR (people just back from the police, upset; Russian and
    # Kazakh mixed in one message; regional journalists and fact-checkers) were scored once on
    # the engine of the round's start: CQ 0.925 / 0.885 / 0.885 with 5 flagged figures, CR
    # 0.950 / 0.935 / 0.920 with 2; together, 1,200 questions: 0.938 / 0.910 / 0.902, 7
    # flagged, 1 real (teachers' trust, a profession, answered with the level). The others:
    # a year asked in words said back in digits, three times; the old asked after the level
    # and an inspector shortage counted in Shymkent, each answered in words with the source's
    # date; a complaint to be written for the asker, answered with the reports.
    "CQ": {"ru": 0.96, "kk": 0.935, "en": 0.92},
    "CR": {"ru": 0.98, "kk": 0.97, "en": 0.93},
    # CS (police officers and their families, civil servants and NGO staff, villagers typing on
    # their phones) and CT (students, foreigners and the diaspora, house-chat disputes) were
    # scored once on the engine of the round's start: as written, CS 0.935 / 0.910 / 0.940 and
    # CT 0.905 / 0.900 / 0.900; with 11 labels brought to the documented conventions (the quoted
    # 37 % asked as those not trusting at all; the relative change as 66 %; 85.7 % as computed),
    # CS 0.940 / 0.920 / 0.950 and CT 0.915 / 0.910 / 0.910; together, 1,200 questions: 0.928 /
    # 0.915 / 0.930, 5 flagged, 4 real (trust in the prosecutors asked for a report and trust
    # in one's own district, each answered with the level; elections to the Mazhilis with the
    # deputy's profile; police officers punished, counted in Kazakh, with the one in seven), all
    # fixed after the score was recorded; the fifth, «а в 21-м году?», is a year said back whole.
    "CS": {"ru": 0.96, "kk": 0.945, "en": 0.975},
    "CT": {"ru": 0.95, "kk": 0.935, "en": 0.925},
    # CU (journalists, bloggers and fact-checkers; grandparents typing slowly or by voice;
    # small-business owners and drivers between jobs) and CV (lawyers, activists and people
    # whose complaint went nowhere; parents and teachers; analysts fond of exact arithmetic)
    # were scored once on the engine of the round's start: as written, CU 0.950 / 0.945 / 0.935
    # and CV 0.945 / 0.935 / 0.910; together, 1,200 questions: 0.948 / 0.940 / 0.922 (CU's
    # English 0.940 and the whole 0.925 with one label brought to the conventions: a separate
    # traffic-police number, answered with the police's 102). 7 flagged, 5 real (reports per
    # 1,000 residents answered per 1,000 reports, three times; a phone to buy for a teenager
    # with the emergency numbers; "great, that's what I needed" after the source with the
    # reform's background), all fixed after the score was recorded; the sixth is a year said
    # back whole («в 21 году»), the seventh the police's number for a traffic-police one.
    "CU": {"ru": 0.96, "kk": 0.96, "en": 0.965},
    "CV": {"ru": 0.975, "kk": 0.965, "en": 0.95},
    # CW (young people in slang, night-shift and market workers, people in the regions; many
    # short follow-ups) and CX (skeptics and admirers of the police, researchers and embassy
    # staff writing formally, community figures asking for their community) were scored once
    # on the engine after CU and CV were tuned on: CW 0.945 / 0.945 / 0.955 and CX 0.900 /
    # 0.905 / 0.890 as written; together, 1,200 questions: 0.922 / 0.925 / 0.922 (CW's English
    # 0.960 and the whole 0.923 with the traffic-police number brought to the conventions).
    # 8 flagged: 3 real fixed after the score (a crime rate and the wait for an inspector
    # called, with the emergency numbers; 2023 asked before «интересно, …», with the growth);
    # 3 contested (the national share applied to "our community of 500", as for any group's
    # size given, "our class of 25"); 1 open (response time); the traffic-police number.
    "CW": {"ru": 0.96, "kk": 0.95, "en": 0.96},
    "CX": {"ru": 0.91, "kk": 0.915, "en": 0.89},
    # CY (house-chat admins preparing a digest or a pinned post; residents correcting the bot
    # mid-conversation) and CZ (Kazakhstanis abroad and foreigners here; figures heard
    # elsewhere; derived numbers out of 50, 200 or 500; what the figures cannot tell) were
    # scored once on the engine after CW and CX were tuned on: CY 0.950 / 0.915 / 0.945 and CZ
    # 0.940 / 0.895 / 0.890; together, 1,200 questions: 0.945 / 0.905 / 0.917, 11 flagged, all
    # real, 10 fixed after the score (a residential complex and the diaspora asked with the
    # national level; flats listed and a price read as the year 2000; minutes until the police
    # come with the emergency numbers; "not at all" among the distrustful with both shares).
    "CY": {"ru": 0.975, "kk": 0.94, "en": 0.97},
    "CZ": {"ru": 0.945, "kk": 0.92, "en": 0.905},
    # DA (small towns and auls in mixed Kazakh and Russian, grandchildren typing for their
    # grandparents, officers' families, volunteers in the regions) and DB (debate, exam and
    # quiz preparation; false premises, leading questions, two questions at once) were scored
    # once on the engine after CY and CZ were tuned on: DA 0.950 / 0.950 / 0.945 and DB 0.925 /
    # 0.970 / 0.925; together, 1,200 questions: 0.938 / 0.960 / 0.935, 6 flagged, all real, 5
    # fixed after the score (before 2019 in Kazakh with the growth; a WhatsApp voice message
    # with the reports; a train at 7:40 with the time zone; "now I get points vs percent,
    # thanks" with the growth, twice).
    "DA": {"ru": 0.945, "kk": 0.96, "en": 0.94},
    "DB": {"ru": 0.925, "kk": 0.965, "en": 0.925},
    # DC (a neighbourhood chat's evening: parents, shopkeepers, couriers, a blogger, a retired
    # teacher asking about a news post) and DD (phone-style writing, Russian and Kazakh typed in
    # Latin, non-native English; officials and journalists writing formally) were scored once on
    # the engine after DA and DB were tuned on: DC 0.920 / 0.940 / 0.960 and DD 0.950 / 0.975 /
    # 0.955; together, 1,200 questions: 0.935 / 0.958 / 0.958, 12 flagged: 6 fixed after the
    # score (37 % for 2019 after "got it, 38"; New York's time; deleting Telegram messages;
    # minutes until the police come), 6 open or contested (listed below).
    "DC": {"ru": 0.92, "kk": 0.945, "en": 0.955},
    "DD": {"ru": 0.95, "kk": 0.975, "en": 0.955},
    "DE": {"ru": 0.975, "kk": 0.985, "en": 0.97},
    "DF": {"ru": 0.985, "kk": 0.975, "en": 0.99},
    "DG": {"ru": 0.94, "kk": 0.92, "en": 0.895},
    "DH": {"ru": 0.98, "kk": 0.925, "en": 0.965},
    # DI (house chats after an incident, bazaar traders, taxi drivers, couriers, villagers, bets
    # between neighbours; Kazakh without its letters or in Latin; students and expats in English)
    # and DJ (sceptics and testers, wrong numbers to correct, rounding, "how many out of 10",
    # subject switches, retired officers and activists) were scored once on the engine after DG
    # and DH were tuned on: DI 0.920 / 0.955 / 0.925 and DJ 0.910 / 0.930 / 0.890; together,
    # 1,200 questions: 0.915 / 0.943 / 0.908, 3 flagged, all real, fixed since (every year
    # 2019–2025 asked as a table, in Russian and Kazakh, answered with the two measurements;
    # "halfway, like 2022?" with the reform's story).
    "DI": {"ru": 0.975, "kk": 0.98, "en": 0.98},
    "DJ": {"ru": 0.97, "kk": 0.98, "en": 0.96},
    # DL (older people dictating, worried parents, shop owners and fraud victims, Kazakh in Latin
    # letters, Kazakhs abroad) was scored once on the engine after DI and DJ were tuned on: 0.920 /
    # 0.895 / 0.915, 6 flagged, 5 real, fixed since (a breakdown of the unconsidered reports by
    # kind, twice, answered with the reports; phone scams counted, twice, with 102 and 112; the 37 %
    # split into its parts with the change in distrust). Then it was tuned on.
    "DL": {"ru": 0.97, "kk": 0.965, "en": 0.955},
    # DM (fact-checkers of misquoted headlines, civics teachers, police cadets, people who just
    # voted in a chat poll, the Soviet militsiya remembered) was written while DL was written,
    # held out and scored on the engine before DL's tuning (0.905 / 0.915 / 0.915, 3 flagged, 2
    # real: trust in Soviet times asked as a share, answered with the time zone and today's
    # level, fixed since) and after it (0.905 / 0.920 / 0.915). Then it was tuned on; its one
    # flagged answer left is the labels' convention (below).
    "DM": {"ru": 0.985, "kk": 0.99, "en": 0.985},
    # DN (teenagers' slang and typos, drivers dictating run-ons, aul residents, house-chat admins,
    # Russian and Kazakh mixed) was scored once on the engine that ended DL's round: 0.920 / 0.935
    # / 0.940, 5 flagged, 2 real, fixed since (trust by month within 2025 answered with the change
    # 2019 → 2025; how to make a poll in a chat with the source of the 63 %). Then it was tuned on.
    "DN": {"ru": 0.96, "kk": 0.98, "en": 0.98},
    # DO (NGO volunteers, lawyers whose complaints went unanswered, shop owners, expats and
    # embassy staff, sceptics of the numbers, comparisons and rankings) was written beside DN and
    # scored once on the engine before either was tuned on: 0.950 / 0.930 / 0.915, 2 flagged,
    # both real, fixed since as classes. Held out while DM and DN were tuned on, it scored 0.955
    # / 0.930 / 0.930 with no flagged figure (first score); then it was tuned on: 0.995 / 0.995 /
    # 0.995, no flagged figure, its three misses the labels' convention on the 37 % (README).
    "DO": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    # DP (pensioners, parents in school chats, bloggers, students collecting data, police
    # families, newcomers to Astana and Almaty) was scored once blind on the engine that ended
    # DN's round: 0.930 / 0.930 / 0.935, 4 flagged, all real, fixed since ("so 14 % of the whole
    # police is corrupt?" with the 14.3 %; trust in district inspectors specifically, twice, with
    # the national 63 % or the prevention answer; do schoolchildren trust the police, in Kazakh,
    # with the 63 %). Then it was tuned on: 0.990 / 0.990 / 0.990, none flagged; the six misses
    # left ask whether the 37 % do not trust at all, labelled as an explanation where the
    # conventions give the combined figure's no-number answer.
    "DP": {"ru": 0.98, "kk": 0.98, "en": 0.98},
    # DK, DQ and DR (first scores and held-out readings in HELD_OUT's comment) were then tuned on,
    # by class with phrasings of our own (tests/qa/test_classes_counts.py, test_classes_misc.py
    # and test_sum_quoted.py): DK 0.940 / 0.990 / 0.950, DQ 0.995 / 0.995 / 0.995, DR 0.985 /
    # 0.980 / 0.975, none flagged.
    "DK": {"ru": 0.935, "kk": 0.985, "en": 0.945},
    "DQ": {"ru": 0.99, "kk": 0.99, "en": 0.99},
    "DR": {"ru": 0.98, "kk": 0.975, "en": 0.97},
    # DS (taxi drivers, coaches, HR staff, night-duty doctors, IT people, teachers), DT (owners'
    # associations, volunteers, lawyers, phone-fraud victims, voice run-ons, teenagers' slang) and
    # DU (retired officers, fact-checkers' traps, debate students, foreigners, shop owners,
    # numbers for slides) were scored once on the engine that ended DP's round: 0.962 / 0.948 /
    # 0.948 together, 12 flagged, all real (groups by occupation or school grade answered with
    # the national level; a fever of 38, a flight's hours and a TikTok trend answered with our
    # figures; reports of phone fraud or theft answered with all the reports; where those who
    # distrust live). Held out while DK, DQ and DR were tuned on: 0.970 / 0.955 / 0.957, the
    # same 12. Then they were tuned on (tests/qa/test_classes_scope.py, test_classes_answers.py):
    # DS 1.000 / 1.000 / 0.985, DT 0.990 / 0.985 / 0.980, DU 0.990 / 1.000 / 1.000, none flagged.
    "DS": {"ru": 0.995, "kk": 0.995, "en": 0.98},
    "DT": {"ru": 0.985, "kk": 0.98, "en": 0.975},
    "DU": {"ru": 0.985, "kk": 0.995, "en": 0.995},
    # DV and DW (first scores in HELD_OUT's comment) were then tuned on, by class with phrasings
    # of our own (tests/qa/test_classes_words.py, test_classes_counts_more.py,
    # test_classes_groups.py): DV 0.995 / 0.995 / 0.995, DW 1.000 / 1.000 / 1.000, none flagged.
    "DV": {"ru": 0.99, "kk": 0.99, "en": 0.99},
    "DW": {"ru": 0.995, "kk": 0.995, "en": 0.995},
    # DX (farmers and villagers, bus and minibus drivers, pharmacists, accountants, bloggers,
    # pasted headlines, numbers in words, people arguing with the bot) and DZ (couriers and
    # nurses, football fans, pensioners dictating, school principals, akimat staff, sarcastic
    # users, several questions in one message) were scored once on the engine that ended the
    # last round: DX 0.930 / 0.890 / 0.925 with 5 flagged, DZ 0.935 / 0.900 / 0.905 with 9, all
    # real (occupations and hobbies asked as a share answered with the national level, a frozen
    # or uncharged phone with 102 and 112, a VAT sum with the reports, a football score with the
    # source, the over-sixties with the level). Then they were tuned on
    # (tests/qa/test_classes_dx_dz.py, test_classes_counts_general.py): DX 0.965 / 0.950 /
    # 0.980, DZ 0.970 / 0.955 / 0.970, none flagged.
    "DX": {"ru": 0.96, "kk": 0.945, "en": 0.975},
    "DZ": {"ru": 0.965, "kk": 0.95, "en": 0.965},
    # DY (first scores in HELD_OUT's comment) was then tuned on (tests/qa/test_classes_dy2.py):
    # 0.995 / 1.000 / 1.000, none flagged.
    "DY": {"ru": 0.985, "kk": 0.99, "en": 0.99},
    # EA (schoolteachers and parents' chats, taxi drivers, village elders and the grandchildren
    # typing for them, Russian and Kazakh in one sentence, the article's details, voice-to-text)
    # and EC (bazaar traders, builders, IT people, returnees, teenagers' slang, Kazakh in Latin
    # or without its letters, a complaint about one's own inspector beside the question, the
    # asker's own counts) were scored once on the engine that ended the last round: EA 0.960 /
    # 0.945 / 0.950 with 2 flagged, EC 0.935 / 0.925 / 0.910 with 1, all three real (teachers'
    # and builders' trust answered with the national 63 %; a Kazakh speed problem with the time
    # zone). Then they were tuned on (tests/qa/test_classes_counts_followups.py,
    # test_classes_words2.py): EA 0.995 / 0.995 / 1.000, EC 0.985 / 0.990 / 0.995, none flagged.
    "EA": {"ru": 0.985, "kk": 0.985, "en": 0.99},
    "EC": {"ru": 0.975, "kk": 0.98, "en": 0.985},
    # EE (people from the regions, drivers just stopped by the traffic police, shift workers,
    # women's councils, faith communities, one-to-three-word messages, false premises, years and
    # comparisons) and EF (analysts, economists and statistics teachers doing arithmetic in every
    # form; provocateurs pressing for figures the data lack; Russian, Kazakh and English in one
    # message) were written after EA and EC were tuned on and scored once on that engine: EE
    # 0.960 / 0.940 / 0.965 with 4 flagged, EF 0.910 / 0.910 / 0.925 with 7. Of the 11, 8 were
    # real (prayer times in Aktobe with the time zone, twice; Easter with the publication's date;
    # religious people's trust with the 63 %; how many cops are corrupt "roughly" with the 63 %;
    # 800 divided by 16 for algebra with the reports, twice; a forecast for 2026 "give a number"
    # with the figures) and 3 by the conventions (a yearly series "even roughly" answered with the
    # two measurements; the ≈14.3 % of offenders given, said not to be of the police, twice).
    # Then they were tuned on (tests/qa/test_classes_arithmetic_forms.py,
    # test_classes_scope2.py, test_classes_words3.py): EE 0.985 / 0.995 / 1.000, EF 0.990 /
    # 1.000 / 1.000, none flagged.
    "EE": {"ru": 0.975, "kk": 0.985, "en": 0.99},
    "EF": {"ru": 0.98, "kk": 0.99, "en": 0.99},
    # EB and ED (first scores and held-out readings in HELD_OUT's comment of the last round:
    # 0.940 / 0.950 / 0.955 and 0.935 / 0.920 / 0.945 at first) were then tuned on
    # (tests/qa/test_classes_ebed.py): EB 0.980 / 0.990 / 0.985, ED 0.990 / 0.980 / 0.980; what
    # is flagged is by the conventions (KNOWN_FALSE_FIGURES).
    "EB": {"ru": 0.97, "kk": 0.98, "en": 0.975},
    "ED": {"ru": 0.98, "kk": 0.97, "en": 0.97},
    # EG (pensioners and grandparents dictating, people in the regions and auls, Kazakh without
    # its letters, stories of a neighbour's run-in with the police, own counts) and EI (house
    # and neighbourhood chats: an owners' association's chair, chat admins, young mothers,
    # couriers; emoji, slang, one-word follow-ups, the subject changed mid-chat) were scored
    # once on the engine that ended the last round: EG 0.945 / 0.935 / 0.920 with 1 flagged,
    # real (one town's share, Aksu, answered with the national split), EI 0.965 / 0.945 / 0.985
    # with 1 by the conventions ("а в 21м?" answered "no figure for 2021", the year said back
    # whole). Then they were tuned on (tests/qa/test_classes_counts4.py,
    # test_classes_words4.py): EG 0.990 / 0.985 / 0.985, none flagged, EI 0.990 / 0.990 / 0.995
    # with the one by the conventions.
    "EG": {"ru": 0.98, "kk": 0.975, "en": 0.975},
    "EI": {"ru": 0.98, "kk": 0.98, "en": 0.985},
    # EK (small towns and auls, Russian and Kazakh mixed in one message, voice-to-text, district
    # inspectors, Kazakh without its letters or in Latin) and EM (neighbours talking with the
    # bot in a house chat: 189 follow-ups of 600, a switch of subject and back, arguing, emoji)
    # were scored once on the engine that ended the last round: EK 0.935 / 0.965 / 0.975 with 6
    # flagged, all real (a village or district asked with the national level or the reports;
    # blood pressure right after a trust figure with the figure again), EM 0.955 / 0.955 / 0.950
    # with 1 by the conventions («в 20м году» answered "no figure for 2020"). Then they were
    # tuned on (tests/qa/test_classes_counts5.py, test_classes_scope5.py,
    # test_classes_talk5.py, test_classes_words5.py): EK 0.995 / 0.995 / 0.995, none flagged,
    # EM 0.995 / 1.000 / 1.000 with the one by the conventions.
    "EK": {"ru": 0.985, "kk": 0.985, "en": 0.985},
    "EM": {"ru": 0.985, "kk": 0.99, "en": 0.99},
    # EL and EN (first readings and held-out readings in HELD_OUT's comment of the last round:
    # 0.895 / 0.900 / 0.915 and 0.960 / 0.955 / 0.885 at first) were then tuned on, beside EO
    # and EP, by class with phrasings of our own (tests/qa/test_classes_counts6.py,
    # test_classes_talk6.py, test_classes_scope6.py, test_classes_words6.py): EL 0.985 / 0.960
    # / 0.970 (six labels that split a decimal the answer states whole, 14.29 and 1.67, were
    # corrected in the file), EN 0.990 / 0.995 / 0.970; what is flagged is by the conventions or
    # contested (KNOWN_FALSE_FIGURES).
    "EL": {"ru": 0.975, "kk": 0.95, "en": 0.96},
    "EN": {"ru": 0.98, "kk": 0.985, "en": 0.96},
    # EO (pensioners and older residents typing slowly: ellipsis, follow-ups, numbers and years
    # mixed up) and EP (young people on social media: slang, irony, emoji, Kazakh in Latin) were
    # scored once on the engine that ended the last round: EO 0.950 / 0.980 / 0.945 with 3
    # flagged (1 real: «сколько было в 2020, во время карантина?» with the time zone), EP 0.935
    # / 0.945 / 0.945 with 4 (2 real: "gen z trust in police kz %" with the 63 %; "when is the ENT
    # this year" with the publication's date); seven of EP's Kazakh labels asked for Russian
    # stems in Kazakh answers and were corrected (Kazakh 0.980 with them). Then both were tuned
    # on: EO 0.990 / 0.990 / 0.985, EP 0.985 / 0.990 / 0.990, what is flagged by the conventions.
    "EO": {"ru": 0.98, "kk": 0.98, "en": 0.975},
    "EP": {"ru": 0.975, "kk": 0.98, "en": 0.98},
    # EQ and ER (first readings and held-out readings in HELD_OUT's comment of the last round:
    # 0.930 / 0.910 / 0.930 and 0.945 / 0.940 / 0.950 at first) were then tuned on, beside ES
    # and ET, by class with phrasings of our own (tests/qa/test_classes_counts7.py,
    # test_classes_operations7.py, test_classes_talk7.py, test_classes_words7.py,
    # test_classes_scope7.py): EQ 0.990 / 0.985 / 0.985, ER 0.990 / 0.990 / 0.990; what is
    # flagged is by the conventions (KNOWN_FALSE_FIGURES).
    "EQ": {"ru": 0.98, "kk": 0.975, "en": 0.975},
    "ER": {"ru": 0.98, "kk": 0.98, "en": 0.98},
    # ES (students and journalists: precise numbers, rounding, points against per cent, the
    # source of each figure, their own arithmetic to check) and ET (taxi drivers, traders and
    # builders dictating by voice: run-ons, Russian and Kazakh in one message, Kazakh in Latin)
    # were scored once on the engine that ended the last round: ES 0.965 / 0.965 / 0.970 with 1
    # flagged, real (bad internet at home, "where can I complain?", in Kazakh, with the
    # formalism reason and its reports), ET 0.950 / 0.980 / 0.955 with 2 (1 real: a taxi driver's
    # "exactly in Almaty, not the country" with the national 63 %; 1 by the conventions: «в 23
    # году» answered "no figure for 2023"). Then both were tuned on: ES 1.000 / 1.000 / 1.000,
    # ET 0.990 / 1.000 / 0.990, what is flagged by the conventions.
    "ES": {"ru": 0.99, "kk": 0.99, "en": 0.99},
    "ET": {"ru": 0.98, "kk": 0.99, "en": 0.98},
    # EU and EV (first readings and held-out readings in HELD_OUT's comment: 0.955 / 0.965 /
    # 0.955 and 0.955 / 0.970 / 0.965 at first) were tuned on in a second pass of the same
    # round, after their readings were recorded, by class with phrasings of our own
    # (tests/qa/test_classes_counts8.py, test_classes_talk8.py, test_classes_words8.py): EU
    # 0.995 / 0.985 / 0.995, EV 0.990 / 0.995 / 0.995; the one flagged is contested
    # (KNOWN_FALSE_FIGURES).
    "EU": {"ru": 0.985, "kk": 0.975, "en": 0.985},
    "EV": {"ru": 0.98, "kk": 0.985, "en": 0.985},
    # EW and EX (first readings and held-out readings in HELD_OUT's comment of the last round:
    # 0.960 / 0.940 / 0.945 and 0.980 / 0.985 / 0.970 at first) were then tuned on, beside FA
    # and FB, by class with phrasings of our own (tests/qa/test_classes_distrust9.py,
    # test_classes_counts9.py, test_classes_scope8.py, test_classes_talk9.py,
    # test_classes_words9.py): EW 0.995 / 0.975 / 0.990, EX 0.995 / 1.000 / 1.000; what is
    # flagged is by the conventions (KNOWN_FALSE_FIGURES).
    "EW": {"ru": 0.985, "kk": 0.965, "en": 0.98},
    "EX": {"ru": 0.985, "kk": 0.99, "en": 0.99},
    # FA (civic activists, NGO staff and bloggers preparing a post or a talk: exact wording,
    # sources, what the numbers do and do not show) and FB (Kazakhstanis back from abroad and
    # foreigners living here: mixed languages, other countries, how things work) were scored once
    # on the engine that ended the last round: FA 0.945 / 0.955 / 0.945 with 2 flagged, both real
    # (calories of a baursak after a question on the deputy, with the 63 %; "do pensioners trust
    # more than everyone else?", with 63 / 37), FB 0.960 / 0.960 / 0.940 with 1, real ("is trust
    # higher among people who came back from abroad?", with the change in trust). Then both were
    # tuned on: FA 1.000 / 0.995 / 1.000, FB 1.000 / 0.990 / 1.000, none flagged.
    "FA": {"ru": 0.99, "kk": 0.985, "en": 0.99},
    "FB": {"ru": 0.99, "kk": 0.98, "en": 0.99},
    # EY and EZ (first readings in HELD_OUT's comment of the last round: 0.970 / 0.945 / 0.950
    # and 0.935 / 0.940 / 0.945) were then tuned on, beside FC (small traders at bazaars and in
    # small towns: blunt, mixed Russian and Kazakh, voice-to-text run-ons) and FD (people whose
    # report to the police got no reaction, and their relatives: long stories with a question
    # inside, sarcasm, lawyers' wording), each scored once first on the engine that ended the last
    # round: FC 0.985 / 0.975 / 0.970 with 1 flagged, real ("trust by age groups?" with the change
    # in trust), FD 0.955 / 0.985 / 0.955 with 4, real (Mangystau's level with the national 63 %
    # or the reform's dates, in Russian and English; a thanks after the reports' source, and
    # "yeah figures. ok", with figures). Tuned on by class with phrasings of our own
    # (tests/qa/test_classes_{numbers10,counts10,scope10,talk11,words10}.py): EY 0.995 / 0.990 /
    # 1.000, EZ 0.995 / 0.995 / 0.990, FC 1.000 / 1.000 / 1.000, FD 0.995 / 1.000 / 0.995; the one
    # flagged left is by the conventions (KNOWN_FALSE_FIGURES).
    "EY": {"ru": 0.99, "kk": 0.985, "en": 0.99},
    "EZ": {"ru": 0.99, "kk": 0.99, "en": 0.985},
    "FC": {"ru": 0.99, "kk": 0.99, "en": 0.99},
    "FD": {"ru": 0.99, "kk": 0.99, "en": 0.99},
}
SETS = {
    "A": SET_A,
    "B": SET_B,
    "C": SET_C,
    "D": SET_D,
    "E": SET_E,
    "F": SET_F,
    "G": SET_G,
    "H": SET_H,
    "I": SET_I,
    "J": SET_J,
    "K": SET_K,
    "L": SET_L,
    "M": SET_M,
    "N": SET_N,
    "O": SET_O,
    "P": SET_P,
    "Q": SET_Q,
    "R": SET_R,
    "S": SET_S,
    "T": SET_T,
    "U": SET_U,
    "V": SET_V,
    "W": SET_W,
    "X": SET_X,
    "Y": SET_Y,
    "Z": SET_Z,
    "AA": SET_AA,
    "AB": SET_AB,
    "AC": SET_AC,
    "AD": SET_AD,
    "AE": SET_AE,
    "AF": SET_AF,
    "AG": SET_AG,
    "AH": SET_AH,
    "AI": SET_AI,
    "AJ": SET_AJ,
    "AK": SET_AK,
    "AL": SET_AL,
    "AM": SET_AM,
    "AN": SET_AN,
    "AO": SET_AO,
    "AP": SET_AP,
    "AQ": SET_AQ,
    "AR": SET_AR,
    "BA": SET_BA,
    "BB": SET_BB,
    "BC": SET_BC,
    "BD": SET_BD,
    "BE": SET_BE,
    "BF": SET_BF,
    "BG": SET_BG,
    "BH": SET_BH,
    "BI": SET_BI,
    "BJ": SET_BJ,
    "BK": SET_BK,
    "BL": SET_BL,
    "BM": SET_BM,
    "BN": SET_BN,
    "BQ": SET_BQ,
    "BR": SET_BR,
    "BS": SET_BS,
    "BT": SET_BT,
    "BW": SET_BW,
    "BX": SET_BX,
    "BY": SET_BY,
    "BZ": SET_BZ,
    "CA": SET_CA,
    "CB": SET_CB,
    "CC": SET_CC,
    "CD": SET_CD,
    "CE": SET_CE,
    "CF": SET_CF,
    "CG": SET_CG,
    "CH": SET_CH,
    "CI": SET_CI,
    "CJ": SET_CJ,
    "CK": SET_CK,
    "CL": SET_CL,
    "CM": SET_CM,
    "CN": SET_CN,
    "CO": SET_CO,
    "CP": SET_CP,
    "CQ": SET_CQ,
    "CR": SET_CR,
    "CS": SET_CS,
    "CT": SET_CT,
    "CU": SET_CU,
    "CV": SET_CV,
    "CW": SET_CW,
    "CX": SET_CX,
    "CY": SET_CY,
    "CZ": SET_CZ,
    "DA": SET_DA,
    "DB": SET_DB,
    "DC": SET_DC,
    "DD": SET_DD,
    "DE": SET_DE,
    "DF": SET_DF,
    "DG": SET_DG,
    "DH": SET_DH,
    "DI": SET_DI,
    "DJ": SET_DJ,
    "DL": SET_DL,
    "DM": SET_DM,
    "DN": SET_DN,
    "DO": SET_DO,
    "DP": SET_DP,
    "DK": SET_DK,
    "DQ": SET_DQ,
    "DR": SET_DR,
    "DS": SET_DS,
    "DT": SET_DT,
    "DU": SET_DU,
    "DV": SET_DV,
    "DW": SET_DW,
    "DX": SET_DX,
    "DY": SET_DY,
    "DZ": SET_DZ,
    "EA": SET_EA,
    "EC": SET_EC,
    "EE": SET_EE,
    "EF": SET_EF,
    "EB": SET_EB,
    "ED": SET_ED,
    "EG": SET_EG,
    "EI": SET_EI,
    "EK": SET_EK,
    "EM": SET_EM,
    "EL": SET_EL,
    "EN": SET_EN,
    "EO": SET_EO,
    "EP": SET_EP,
    "EQ": SET_EQ,
    "ER": SET_ER,
    "ES": SET_ES,
    "ET": SET_ET,
    "EU": SET_EU,
    "EV": SET_EV,
    "EW": SET_EW,
    "EX": SET_EX,
    "EY": SET_EY,
    "EZ": SET_EZ,
    "FA": SET_FA,
    "FB": SET_FB,
    "FC": SET_FC,
    "FD": SET_FD,
}
# False figures still stated on the training sets, each a subject the rules do not yet tell
# apart from ours; the list shrinks as they are fixed (a test checks each is still open).
KNOWN_FALSE_FIGURES = {
    "em-ru-144": "«в 20м году…, сколько было»: no figure for 2020, the year said back whole",
    "dc-ru-053": "the first measurement asked: 38 %, with the latest (2025, 63 %) beside it",
    "dc-kk-167": "the first measurement asked (Kazakh): 38 %, with 2025's 63 % beside it",
    "dc-en-024": '"the very first trust figure?": 38 %, with 2025\'s 63 % beside it',
    "dc-ru-119": "«а посередине, в 21-22м?»: no figure for 2022, the year said back whole",
    "dc-kk-131": "«ал арасында, 21-22 жылдары?»: the two measurements, dated, six years apart",
    "dc-en-124": '"and in between, like 21-22?": the two measurements, dated, six years apart',
    "da-en-164": '"total crimes registered in 2025?": the concealment answer, with its date',
    "cz-kk-149": "«2030 ға дейін 80 ге жете ме?» (will it reach 80 by 2030?): prevention, dated",
    "cx-ru-167": "«у нас махалля, человек пятьсот, сколько у нас доверяют?»: the level (contested)",
    "cx-kk-167": "«ауылымызда бес жүздей адам, бізде қанша сенеді?»: 63 % of 500 (contested)",
    "cx-en-167": '"our mosque community, about 500: how many of us trust?": 315 (contested)',
    "cx-en-163": '"average response time for a district inspector?": prevention, with its date',
    "cu-ru-147": "«доверие в 21 году»: no figure for 2021, the year said back whole",
    "cs-ru-064": "«а в 21-м году?» after 2019: no figure for 2021, the year said back whole",
    "bw-kk-049": "the share not considered asked: 62.5 %, with the considered 37.5 % beside it",
    "bw-en-043": "the share never considered asked: 62.5 %, with the considered 37.5 % beside it",
    "bw-en-119": "«what share is that?» after the unconsidered: 62.5 %, with 37.5 % beside it",
    "br-ru-133": "«до 2019, при старой милиции?»: the reform's background, which dates it (2018)",
    "bt-ru-128": "«до замеров, в 2018, когда Тена убили?»: the reform's background",
    "bs-kk-146": "«сағат қанша қазір» (what time is it now): the time zone",
    "bs-ru-053": "«из 7 коррупционеров один мент, а сколько всего?»: one in seven applied to 7",
    "bs-ru-054": "«сколько полицейских сидит за взятки»: the one in seven",
    "ar-kk-099": "«есепті шығарып берші: 48*25» (solve this sum): «есеп» read as a report",
    "ar-en-104": '"and for the prevention one?" after "any numbers?": the prevention answer',
    "ao-ru-127": "inspectors in Astana set against the regions: the prevention answer",
    "ao-kk-127": "inspectors in Astana set against the regions: the prevention answer",
    "bf-en-113": '"what about Shymkent? nobody has seen the district officer": prevention',
    "bg-en-097": '"give me the number for our district, Turksib": the source',
    "bj-kk-105": "«tolyq senbeitinder» (not fully trusting, or not trusting at all?): the 37 %",
    "bl-ru-153": "what the deputy proposes (set F labels it an explanation): the answer's date",
    "bl-en-082": "what the deputy proposes (set F labels it an explanation): the answer's date",
    "bm-ru-064": "«сколько человек доверяют — именно людей, не процентов?»: the level",
    "bm-ru-082": "a mother's story, then «есть ли статистика жалоб на такие задержания?»",
    "bm-kk-064": "a mother's story, then «шағымдар статистикасы бар ма?»: the reports",
    "e-ru-113": "«а когда его убили?» after the reform: its story; the source's date has 2025",
    "e-kk-117": "«ол қай жылы өлтірілді?» after the reform: its story; the source's date has 2025",
    "e-en-119": '"when was he killed?" after the reform: its story; the source\'s date has 2025',
    "ca-ru-045": "«подробнее про коррупцию»: one in seven, ≈14.3 % of offenders (label: no 14)",
    "ca-ru-070": "how many police among corruption offenders: one in seven, ≈14.3 % (label: no 14)",
    "ca-kk-092": "police among corruption offenders (Kazakh): one in seven, ≈14.3 % (label: no 14)",
    "ca-en-034": '"how many corruption offenders are police officers?": ≈14.3 % (label: no 14)',
    "cb-ru-060": "«где-то между 38 и 63?» for 2024: 38 and 63 said to be 2019's and 2025's",
    "cb-en-068": '"who wrote it?" after Kursiv: the publication and its date (no author known)',
    "cb-en-072": '"somewhere between 38 and 63?" for 2024: 38 and 63 dated 2019 and 2025',
    "cc-ru-080": "«в двадцать третьем году»: no figure for 2023, the year said back in digits",
    "cc-en-084": '"what about twenty twenty three": no figure for 2023, said back in digits',
    "ce-ru-140": "hidden crimes counted: the concealment answer says none, with its date",
    "ce-en-122": '"police hide crimes? how many cases": no figure, said with the date',
    "cf-ru-092": "«кто остальные шесть?» of every seven offenders: the one in seven restated",
    "cf-en-093": '"who are the other 6?" of every seven offenders: the one in seven restated',
    "cf-ru-131": "our inspector's phone number: the prevention answer (contacts in entrances)",
    "cf-kk-144": "our inspector's phone number (Kazakh): the prevention answer, with its date",
    "cf-en-146": "our district inspector's phone: the prevention answer, with its date",
    "ch-ru-098": "«а между ними по годам есть?»: none, beside the two measurements (label: no 38)",
    "ch-kk-153": "«арасындағы жылдар бар ма?»: none, beside the two measurements (label: no 38)",
    "ch-en-108": '"anything for the years in between?": none, beside the two measurements',
    "ci-ru-150": "«сколько от всех это коррупционеров» after the one in seven: read as its share",
    "ci-kk-142": "boys against girls in Latin Kazakh («ul balalar men qyz balalar»): the change",
    "cl-ru-101": "«в 2019 было 38, а в 2021?»: 2019's 38 and no figure for 2021, with the date",
    "cl-kk-101": "«2019-да 38, 2022 де ше?»: 2019's 38 and no figure for 2022, with the date",
    "cl-en-101": '"38 in 2019, what about 2021?": 2019\'s 38 and no figure for 2021, with the date',
    "co-ru-089": "«сколько раз замеряли доверие?»: the change between the two measurements",
    "co-en-089": '"how many times has trust been measured?": the change between the two',
    "cq-ru-196": "«в двадцать первом году»: no figure for 2021, the year said back in digits",
    "cq-kk-101": "«жиырма бірінші жылы»: no figure for 2021, the year said back in digits",
    "cq-en-007": '"twenty twenty one trust figure": no figure for 2021, said back in digits',
    "cr-kk-157": "inspectors lacking in Shymkent, «санын айтшы»: prevention, with its date",
    "dl-kk-140": "the years between, one by one: the two measurements, none between (convention)",
    "dm-ru-036": "what % of officers take bribes, after a headline: ≈14.3 % of offenders, said not "
    "to be of officers (the label wants no figure)",
    "dn-ru-136": "2019's distrust after «недоверие 37% это в 2025?»: the 62 %, the asker's 37 % "
    "said back as 2025's (convention)",
    "dn-en-155": '"is there a separate number for traffic police": 102 and 112, general '
    "information the conventions allow",
    "ed-ru-144": "2021 «где-то между 38 и 63»: no figure for 2021, 38 and 63 dated (convention)",
    "ed-kk-144": "2021 «38 бен 63 арасы»: no figure for 2021, 38 and 63 dated (convention)",
    "ed-en-144": '2021 "somewhere between 38 and 63": no figure, 38 and 63 dated (convention)',
    "ei-ru-146": "«а в 21м?» after 2019: no figure for 2021, the year said back whole",
    "el-ru-146": "the average of 38 and 63 «поставь на 2022»: no figure, 38 and 63 dated "
    "(convention)",
    "el-kk-146": "the average of 38 and 63 put on 2022 (Kazakh): no figure, 38 and 63 dated "
    "(convention)",
    "el-kk-141": "«полицейлердің 14 пайызы жемқор ма?»: ≈14.3 % of offenders, said not to be of "
    "the police (convention)",
    "en-ru-164": "Kyrgyzstan's 40 % quoted, «а у вас выше?»: Kazakhstan's own 63 % (contested)",
    "en-kk-163": "Mongolia's 50 % quoted, «Қазақстанда жоғары ма»: the deputy's assessment with "
    "38 → 63 (contested)",
    "en-en-150": 'a viral "1 in 7 police officers is corrupt": ≈14.3 % of offenders, said not '
    "to be of officers (convention)",
    "eo-ru-170": "«в 23 году какой процент был»: no figure for 2023, the year said back whole",
    "eo-en-166": '"what was it in 2018 when Denis Ten was killed?": the reform\'s background, '
    "with its dates (convention)",
    "ep-ru-143": "«а в 21м?» after 2019: no figure for 2021, the year said back whole",
    "ep-ru-162": "«какой процент полицейских берёт взятки? 14%?»: ≈14.3 % of offenders, said "
    "not to be of the police (convention)",
    "eq-en-164": '"what % of district officers never pick up the phone?": only the emergency '
    "numbers, which the conventions allow",
    "et-ru-144": "«в 23 году сколько доверяли ментам»: no figure for 2023, the year said back "
    "whole (convention)",
    "eu-en-166": '"so one in seven cops is on the take?": ≈14.3 % of offenders, said not to be '
    "of the police (contested)",
    "ew-kk-153": "«полиция қызметкерлерінің неше пайызы пара алады?»: ≈14.3 % of offenders, said "
    "not to be of the police (convention)",
    "ey-ru-167": "«каждый какой полицейский взяточник»: every seventh offender a police officer, "
    "≈14.3 % of offenders (convention)",
}


def outcome(kind: str, text: str, intent: str = "trust_current", **case: object) -> BlindOutcome:
    fields: dict = {"id": "t", "lang": "ru", "question": "?", "kind": kind, "topic": "", **case}
    return BlindOutcome(BlindCase(**fields), Answer(text, intent, "ru", 1.0))


def test_numbers_are_read_with_a_comma_or_a_dot() -> None:
    assert numbers_in("в <b>1,66</b> раза, 62.5%, почти 800 тыс., 13.10.2025") == [
        "1.66", "62.5", "800", "13.10.2025", "2025",
    ]  # fmt: skip
    assert outcome("figure", "≈14,3%", must_contain=("14.3",)).passed
    assert outcome("figure", "≈14,3%", must_contain=("14",)).passed
    assert not outcome("figure", "в 1,7 раза", must_contain=("1.66",)).passed
    assert not outcome("figure", "163%", must_contain=("63",)).passed


def test_false_figures_are_counted() -> None:
    forbidden = outcome("figure", "В 2022 году: 63%", must_not_contain=("63",))
    assert forbidden.false_figures == ["63"] and not forbidden.passed
    silent = outcome("no_figure", "Цифры за 2022 год нет; известно 38%.", "no_figure",
                     question="а в 2022?")  # fmt: skip
    assert silent.false_figures == ["38"]  # 2022 was the user's own number
    assert outcome("no_figure", "Цифры за 2022 год нет.", "no_figure", question="2022?").passed
    assert not outcome("ack", "Пожалуйста!", "help").passed  # an ack needs the ack answer
    assert not outcome("out_of_scope", "63%", "trust_current").passed
    # "so 14 % of police are corrupt?": no such share, said in words, is a "no figure"
    assert outcome("no_figure", "Такой доли в данных нет.", "corruption_officers").passed
    assert not outcome("no_figure", "≈14,3%", "corruption_officers").passed


def _outcomes(engine: QAEngine, path: Path) -> list[BlindOutcome]:
    if not path.exists():
        pytest.skip(f"{path.name} is not in this checkout")
    return run_blind(engine, load_blind(path))


@pytest.fixture(scope="module", params=sorted(SETS))
def blind_set(request: pytest.FixtureRequest, engine: QAEngine) -> tuple[str, list[BlindOutcome]]:
    return request.param, _outcomes(engine, SETS[request.param])


def test_a_blind_set_states_no_false_figure(blind_set: tuple[str, list[BlindOutcome]]) -> None:
    _, outcomes = blind_set
    false = [o.case.id for o in outcomes if o.false_figures]
    assert [case for case in false if case not in KNOWN_FALSE_FIGURES] == []


def test_known_false_figures_are_still_open(engine: QAEngine) -> None:
    """A fixed one leaves the list, so the list says what is left."""
    outcomes = [o for path in SETS.values() for o in _outcomes(engine, path)]
    still = {o.case.id for o in outcomes if o.false_figures}
    assert sorted(set(KNOWN_FALSE_FIGURES) - still) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_blind_set_accuracy_per_language(
    blind_set: tuple[str, list[BlindOutcome]], lang: str
) -> None:
    name, outcomes = blind_set
    score = by(outcomes, "lang")[lang]
    assert score.accuracy >= FLOORS[name][lang], f"{name} {lang}: {score.passed}/{score.total}"


# Sets AK and AL were written after all tuning on A to AJ and scored once: AK 0.993 / 0.979 /
# 0.986 (ru / kk / en) with 2 flagged figures (1 real: a daughter "in 7th grade" answered with
# the one-in-seven share), AL 0.950 / 0.973 / 0.956 with 5 (2 real: a monthly report for a
# manager answered with the reports; "is Imasheva from Amanat?" with her profile); they were
# tuned on after, with sets AM, AN, AQ and AR, each scored once first: AM 0.952 / 0.972 / 0.959
# with 6 flagged (5 real: "are those 37 % all zero trust?" answered with the level, "zero trust,
# none at all" with the reform's background, a CV for a job with the summary, hot water "in our
# district" with the inspectors' prevention work, the cheapest mobile plan after a trust
# question with the level), AN 0.938 / 0.951 / 0.926 with 7, all real (the inspectors' pay, the
# deputy's husband and the country with the highest trust, each twice, answered with a figure
# of ours or her profile; bribes taken in 2025 counted in Kazakh), AQ 0.939 / 0.919 / 0.947
# with 16 (5 were labels forbidding the true 500 beside the 300 considered, relabelled), AR
# 0.923 / 0.928 / 0.905 with 14. Sets AO and AP, written after that tuning, were scored once:
# AO 0.965 / 0.947 / 0.924 with 8 flagged (5 real: inspectors in Astana against the regions
# twice, corruption cases opened against police twice, a football score after a trust
# question; 3 "37 % — how many people?" answered with the 37 % restated), AP 0.973 / 0.993 /
# 0.973 with 2, both real (police caught taking bribes this year; the deputy's children in
# Kazakh); then they were tuned on too. Sets AS and AT were written after all of that, by
# writers who saw only the facts, the article, the list of what must work and the labelling
# conventions, and each was scored once, on the same engine: AS 0.957 / 0.969 / 0.950 with 4
# flagged figures (3 real: officers in prison for bribes answered with the one-in-seven share;
# how to renew a driving licence in Kazakh with the emergency numbers; "somewhere in the
# middle, like 2021" with the reform's background; 1 by convention: "how many of them distrust
# completely?" after the distrust answered with the combined 37 %), AT 0.935 / 0.916 / 0.929
# with 7, all real (by how much the inspectors' pay rose, in tenge, beside the asker's pension of
# 120 thousand, twice, answered with the reports; whether crime fell after the reform, three
# times, with the reform's background; a thanks ending a conversation with the prevention
# work; 2022 "for a chart" typed after a school project's story with the reform's background).
# Sets AU and AV, written meanwhile by two more writers, were scored once on the engine with
# the last rules of AQ and AR: AU 0.965 / 0.958 / 0.972 with 4 flagged figures, all real (a taxi
# to "102 Abay avenue" answered with the emergency numbers in all three languages; "can you
# write me a CV?" after the distrust answered with the summary), AV 0.986 / 0.958 / 0.979 with 5
# (3 real: an admin's reminder of a meeting at 19:00 answered with the time zone; the deputy's
# phone number asked to complain, answered with the reports and with the emergency numbers; 2 by
# convention: how trust moved "in the years between" answered with the two measurements).
# Sets AW and AX, written last, were scored once on the same engine: AW 0.945 / 0.896 / 0.951 as
# written with 17 flagged figures, 0.959 / 0.910 / 0.965 with 8, all real, once 6 labels that
# forbade the true latest 63 beside the first measurement and 3 interpolation questions
# (relabelled as aj-ru-114) were corrected (a lost key at "building 63, flat 38" answered with
# the growth, "who lives in flat 102?" with the emergency numbers, each in three languages; a
# meeting at 11:00 with the time zone; a bus number 37 with the distrust); AX 0.973 / 0.973 /
# 0.973 with 2, both real (bribes taken in 2025 counted in Kazakh; when the public service centre
# closes, answered with the reform's background).
# Nothing was tuned on AS and AT. After AU to AX were scored, one class of their misses was
# fixed (a number beside an address, a flat or a route is none of ours), so their first
# scores, kept here as floors, are the figure to report, not their scores now. Sets AY and AZ
# were written after that and scored once on the final engine: AY 0.986 / 0.986 / 0.993 with 3
# flagged figures, AZ 0.973 / 0.947 / 0.980 with 2, all five general information no one asked
# for ("my number is 87011234567, call me back" answered with the emergency numbers in three
# languages; "what time is it in Astana?" with the time zone); no trust figure was stated for
# anything the series does not hold. Nothing was tuned on them until the phone number given to
# call back was fixed, with BA and BB (a long number in the question is the asker's own). The
# floors are the first scores minus about two questions per language; the issue's floor is 95 %
# per language and no false figure.
# Sets BI and BJ were written while BG and BH were tuned on, by writers who saw only the facts,
# the article, the list of what must work and the labelling conventions, and scored once on
# the final engine: BI 0.952 / 0.966 / 0.959 with 2 false figures (police caught taking bribes
# in 2025, counted, answered with the one in seven; "which bus goes to Mega, 12 or 63?" with the
# level), BJ 0.974 / 0.942 / 0.955 with 3 ("fully distrust" in Latin Kazakh with the combined
# 37 %; "our Almaly district" with the level; a lost cat "on the 7th floor" with the one in
# seven). Together, 903 questions: 0.963 / 0.954 / 0.957. After that one class of their misses
# was fixed (a neighbour's dispute about how many times 63 is bigger than 38, in three
# languages, read as a neighbour's complaint). They were tuned on in the next round.
# Sets BO and BP were written while BM and BN were tuned on (villages and older residents; office
# workers and civil servants between meetings, with terse commands) and scored once on the final
# engine: BO 0.922 / 0.954 / 0.948 with 3 flagged figures (2 real: "so 37 % don't trust the
# police at all?" with the combined 37 %; trust in "our" inspector, one for five villages, with
# the prevention answer; the third is «в двадцатом году» said back as 2020), BP 0.882 / 0.909 /
# 0.784 with 3 ("oil price today?" after a trust figure with the level; "fully distrust only?"
# with the 37 %; a count of concealed crimes with the concealment answer, which says there is
# none, and its date). Together, 920 questions: 0.902 / 0.932 / 0.866. Most of BP's misses were
# a figure asked in another form (per 1,000, as a decimal or a fraction, rounded, several in one
# line); after its score was recorded one class of them was fixed (a rate per a round count), so
# the first scores are the figure to report. BU and BV were written while BQ to BT were tuned on
# (angles: one kind of Telegram user per question, from a schoolboy to a troll; the issue's list
# point by point) and scored once on the final engine of this round: BU 0.897 / 0.877 / 0.927
# with 4 flagged figures, BV 0.974 / 0.962 / 0.933 with 6; together, 920 questions: 0.935 / 0.920
# / 0.930. Of the 10 flagged, 3 were real (the bot's own trust asked with the informal "you" and
# its name, twice, and trust in the National Security Committee, «ҰҚК», each answered with the
# level; the three were fixed after the score was recorded); the others state a true figure
# beside what was asked: "14 %?" of the police answered that ≈14.3 % are the offenders' share,
# not the police's; "the years in between?" answered with the two measurements and that there is
# nothing between; "how many people is 37 %?" answered with the 37 %.
# BY (people trying the bot in a new chat: blunt, rambling, mixed Russian and Kazakh, about the
# article itself, arguing with the numbers) and BZ (every arithmetic form, and look-alike
# questions whose numbers the data lack) were written while BW and BX were tuned on and scored
# once: BY 0.981 / 0.967 / 0.993 with 1 flagged figure, BZ 0.863 / 0.920 / 0.907 with 14 (one
# BZ follow-up, "and in 2019, out of a thousand?", crashed the engine at first: counted as a
# miss). Together, 920 questions: 0.922 / 0.943 / 0.950. Then both were tuned on (FLOORS).
# CA (a first month of ordinary traffic, weighted as real use is) and CB (conversations: most
# items two to four turns deep) were written while BY and BZ were tuned on and scored once on
# the final engine of this round: CA 0.955 / 0.934 / 0.967 with 4 flagged figures, CB 0.955 /
# 0.948 / 0.913 with 7; together, 920 questions: 0.955 / 0.941 / 0.941. Of the 11 flagged, 5
# are real (a region's trust asked after the regions were counted, twice, answered with the
# national level; the total of corruption offences with the one in seven; the inspectors' pay
# rise with the deputy's assessment; "who wrote it?" with the publication and its date); the
# others state a true figure the labels forbid (≈14.3 % as the police's share of corruption
# offenders, asked for; 38 and 63 said to be 2019's and 2025's when a year between was guessed).
# DK (drivers after a traffic stop, bloggers drafting a script, statistics students, families
# switching between Russian and Kazakh, what the terms mean) was written while DI and DJ were
# tuned on, never seen by their tuning, and scored once on the engine before it (0.915 / 0.960 /
# 0.925) and once after it, on the final engine of this round: 0.915 / 0.960 / 0.940, no flagged
# figure either time. It is never tuned on.
# DM, held out beside DK while DL was tuned on, is training data now (FLOORS).
# DQ (journalists, analysts, akimat staff, elders, people whose reports went unconsidered,
# fragments) and DR (night shifts, families, new housing estates, farmers, kiosk owners, migrants,
# figures misremembered) were written beside DP and scored once on the engine before DO and DP
# were tuned on: DQ 0.925 / 0.955 / 0.910 with 4 flagged figures, DR 0.920 / 0.925 / 0.900 with 2
# (one DR question, a Kazakh follow-up after a count, crashed the engine at first: counted as a
# miss, fixed since). All six flagged were real: trust in the district inspectors asked as a
# percent, five times in three languages, answered with the national 63 %, and "makes sense, ta"
# after a ratio answered with the reasons. With DP (0.930 / 0.930 / 0.935, 4 real), the 1,800
# questions of the three read 0.925 / 0.937 / 0.915, 10 real false figures, on first reading.
# Nobody tuning DO and DP saw DQ or DR; on the final engine of that round they scored DQ 0.935 /
# 0.955 / 0.920 and DR 0.920 / 0.930 / 0.905, 4 flagged (the inspectors three times, "ta"), the
# floors below. Those two classes were then fixed with phrasings of our own
# (tests/qa/test_classes_held_out.py), so those four items are no longer blind: DQ 0.935 / 0.960 /
# 0.925, DR 0.920 / 0.935 / 0.910, none flagged. DQ, DR and DK were then tuned on: with a share
# of ours applied to a count in the asker's place (tests/qa/test_classes_counts.py), DQ 0.955 /
# 0.970 / 0.935 and DR 0.940 / 0.955 / 0.945, none flagged; with the other classes of their misses
# too, they are training data now (FLOORS).
# DV (market traders, kindergarten parents, builders, lecturers, newcomers from villages,
# grandparents dictating, the article misremembered) and DW (young men before their service,
# women's councils, security guards, radio hosts, tourists, civil servants, one- and two-word
# messages) were written by two more writers with the same kit while DK, DQ and DR were tuned on,
# and never seen by any tuning. Scored on that round's engine and again on the final engine after
# DS, DT and DU were tuned on, they read the same both times: DV 0.975 / 0.970 / 0.950 with 6
# flagged, DW 0.980 / 0.960 / 0.950 with 4; together, 1,200 questions: 0.978 / 0.965 / 0.950.
# Of the 10 flagged, 8 are real (a city's trust, then "and in 2019?", three times, answered with
# the national 38 %; market traders' trust, twice, with the 63 %; sharing a phone's internet,
# three times, with 102 and 112); 2 by the labels (the inspectors' pay rise "in figures" with the
# prevention answer and its source's date; "every seventh officer takes bribes?" in Kazakh with
# the ≈14.3 % of offenders). The three real classes were then fixed with phrasings of our own
# (tests/qa/test_classes_dv_dw.py), so those eight items are no longer blind: DV 0.980 / 0.980 /
# 0.960 and DW 0.985 / 0.965 / 0.955, one flagged each (the two by the labels). Both were then
# tuned on (FLOORS).
# DY (journalism and sociology students, bank clerks, miners and oil workers, young mothers
# between chores, gamers' slang, neighbours quoting the bot back, calculations in unusual forms)
# was written beside DX and DZ by a third writer with the same kit and never seen by any tuning.
# First reading, on the engine that ended the last round: 0.925 / 0.930 / 0.925 with 2 flagged
# (the floors below). On the final engine of this round, after DV, DW, DX and DZ were tuned on:
# 0.940 / 0.940 / 0.935, none flagged. Gamers' thanks, one class of its misses, were then fixed
# with phrasings of our own (tests/qa/test_classes_dy.py): 0.945 / 0.950 / 0.945. It was tuned
# on in the next round and is training data now (FLOORS).
# EB (lawyers and human-rights activists, retired officers, journalists fact-checking, sceptics
# and conspiracy-minded users; longer conversations; two asks in one message) and ED (night-shift
# clinic staff, small-business owners, lecturers, newcomers from villages, parents of teenagers,
# chat admins probing the bot on purpose) were written beside EA and EC by two more writers with
# the same kit, held out before any score was seen, and never seen by any tuning. First reading,
# on the engine that ended the last round: EB 0.940 / 0.950 / 0.955 with 1 flagged, ED 0.935 /
# 0.920 / 0.945 with 5 (the floors below). On the final engine of this round, after DY, EA, EC,
# EE and EF were tuned on: EB 0.960 / 0.955 / 0.965 with 1 flagged, ED 0.955 / 0.930 / 0.970
# with 5; together, 1,200 questions: 0.958 / 0.943 / 0.968. Of the 6 flagged, 2 are real (the
# share of bribes among police corruption cases, in Russian and Kazakh, answered with the one in
# seven) and 4 by the conventions (2021 "somewhere between 38 and 63", three times, answered that
# 38 and 63 are 2019's and 2025's and there is no figure for 2021; "how many exactly don't trust
# at all?" after the 37 % with the combined 37 %). The real class was then fixed with phrasings
# of our own (tests/qa/test_classes_scope2.py), so those two items are no longer blind: ED 0.960
# / 0.935 / 0.970 with 3 flagged after it.
# EB and ED, held out last round, are training data now (FLOORS).
# EH (journalists checking a quote, students writing a course paper, NGO activists, a city
# council aide: where each figure comes from, the outlet and date, what one in seven means,
# points against per cent, ratios, the reports' shares; long conversations with pronouns) and EJ
# (sceptics, provocateurs and careful readers pressing for figures the data lack: the years
# between, regions, men and women, ages, other countries and institutions, officers' numbers and
# pay, forecasts, wrong numbers put in the bot's mouth; sincere questions beside them; Kazakh
# partly in Latin) were written beside EG and EI by two more writers with the same kit, held out
# before any score was seen, and never seen by any tuning. First reading, on the engine that
# ended the last round: EH 0.970 / 0.975 / 0.945 with 3 flagged, EJ 0.945 / 0.965 / 0.960 with
# none (the floors below); together, 1,200 questions: 0.958 / 0.970 / 0.953. On the final engine
# of this round, after EB, ED, EG and EI were tuned on: EH 0.970 / 0.980 / 0.950 with 3 flagged,
# EJ 0.945 / 0.970 / 0.960 with none; together 0.958 / 0.975 / 0.955. The 3 flagged are real: "how
# do I add footnotes in Word?" right after asking where the 500 thousand come from, in three
# languages, answered with the source or the reports instead of a refusal. That class was then
# fixed with phrasings of our own (tests/qa/test_classes_scope5.py, with EK's blood pressure after
# a figure), so those items are no longer blind: EH 0.975 / 0.980 / 0.955 with 1 flagged (the
# Kazakh «Word-та сілтемені қалай қоямын?» still answered with the source).
# EL (teachers, accountants and students preparing a class or a report: arithmetic in every
# form, several questions in one message, what a number does not mean) and EN (outsiders and
# newcomers: foreign journalists, expats, diaspora Kazakhs, NGO researchers, fact-checkers;
# provenance, method, other countries, misreadings; Kazakh in Latin) were written beside EK and
# EM by two more writers with the same kit, held out before any score was seen, and never seen
# by any tuning. First reading, on the engine that ended the last round: EL 0.895 / 0.900 /
# 0.915 with 5 flagged, EN 0.960 / 0.955 / 0.885 with 5 (the floors below); together, 1,200
# questions: 0.928 / 0.928 / 0.900. On the final engine of this round, after EK and EM were
# tuned on: EL 0.895 / 0.900 / 0.915, EN 0.960 / 0.955 / 0.890, the same 10 flagged: 2 real
# (officers "63 % of police work honestly, right?" answered with the trust level; how many of the
# 500 thousand were about beatings, in Kazakh, with the reports), 2 contested (Kyrgyzstan's or
# Mongolia's figure quoted beside "is yours higher?", answered with Kazakhstan's own level) and
# 6 by the conventions (the average of 38 and 63 "put on 2022", twice, answered that they are
# 2019's and 2025's; "so 14 % of police are corrupt?", twice, answered with the ≈14.3 % of
# offenders, said not to be of the police; an inspector's pay, twice, answered in words with the
# source's date). One EL question the round's own counts had broken («36 flats one adult each,
# by national share how many trust» counted as distrust) was mended to its first answer. EL and
# EN were tuned on in the next round and are training data now (FLOORS).
# EQ (house and neighbourhood chats discussing the bot's poll, comparing their building with the
# country, counting flats and residents) and ER (lawyers, NGO workers and activists: the reports,
# corruption, what the figures do and do not show, provenance and method, careful English) were
# written beside EO and EP by two more writers with the same kit, held out before any score was
# seen, and never seen by any tuning. First reading, on the engine that ended the last round: EQ
# 0.930 / 0.910 / 0.930 with 2 flagged, ER 0.945 / 0.940 / 0.950 with 2 (the floors below);
# together, 1,200 questions: 0.938 / 0.925 / 0.940. On the final engine of this round, after EL,
# EN, EO and EP were tuned on: EQ 0.935 / 0.915 / 0.935 with 2 flagged, ER 0.950 / 0.940 / 0.965
# with none; together 0.943 / 0.928 / 0.950. Of the 2 flagged, 1 is real («60-тан асқандар ше?»,
# those over 60, after the trust level, answered with 63 % of 60 people) and 1 states only the
# emergency numbers, which the conventions allow, for "what % of district officers never pick
# up?". ER's two at first (an inspector's average pay with the prevention answer and its date;
# "perfect, exactly what I needed for the report" with the reports) went with classes fixed on
# the training sets. The real class was then fixed with phrasings of our own (an age after a
# figure is no count: tests/qa/test_classes_scope6.py), so that item is no longer blind: EQ
# 0.935 / 0.920 / 0.935 with 1 flagged after it. EQ and ER were tuned on in the next round and
# are training data now (FLOORS).
# EU (parents and teachers in school and house chats using the bot for the first time: greetings,
# questions inside stories, district inspectors, pronoun follow-ups, counts of their own class or
# building) and EV (sceptics and arguers: wrong numbers to confirm, who paid for the survey, other
# countries and institutions, leading questions, switches of subject, sarcasm) were written
# beside ES and ET by two more writers with the same kit, held out before any score was seen,
# and never seen by any tuning. First reading, on the engine that ended the last round: EU 0.955
# / 0.965 / 0.955 with 1 flagged, EV 0.955 / 0.970 / 0.965 with none (the floors below);
# together, 1,200 questions: 0.955 / 0.968 / 0.960. On the final engine of this round, after EQ,
# ER, ES and ET were tuned on: EU 0.960 / 0.980 / 0.955, EV 0.955 / 0.970 / 0.965; together
# 0.958 / 0.975 / 0.960. The one flagged is contested: "so one in seven cops is on the take?"
# answered with what one in seven means, ≈14.3 % of the offenders, "not 14.3 % of police
# officers" (the label forbids the 14 even so). EU and EV were tuned on in a second pass of the
# round, after these readings were recorded, and are training data now (FLOORS).
# EW (police officers, district inspectors and their families, civil servants: the reform, the
# inspectors' workload and pay, formal Russian and Kazakh) and EX (ordinary residents as daily
# traffic: short questions, follow-ups, thanks, off-topic requests) were written after EU and EV
# were read, by two more writers with the same kit, held out, and never seen by any tuning. First
# reading, before the second pass: EW 0.960 / 0.940 / 0.945 with 4 flagged, EX 0.980 / 0.985 /
# 0.970 with none (the floors below); together, 1,200 questions: 0.970 / 0.963 / 0.958. On the
# final engine: EW 0.965 / 0.940 / 0.945, EX 0.980 / 0.985 / 0.970; together 0.973 / 0.963 /
# 0.958. Of the 4 flagged, 3 are real (the appeals per district inspector, "their workload", with
# the reports; «людей 30–45 лет» with the national 63 %, an age range read as no group; officers
# dismissed for corruption with the one-in-seven share) and 1 by the conventions (the share of
# officers taking bribes, in Kazakh, answered with what one in seven means). EW and EX were tuned
# on in the next round and are training data now (FLOORS).
# EY (older residents and pensioners in towns and auls: slow, polite, formal or rambling, typos,
# grandchildren typing for them) and EZ (young neighbours in a residential complex's group chat:
# short messages, memes, emoji, slang, arguments, many short follow-ups) were written beside FA
# and FB by two more writers with the same kit, held out before any score was seen, and never
# seen by any tuning. First reading, on the engine that ended the last round: EY 0.970 / 0.945 /
# 0.950 with 3 flagged, EZ 0.935 / 0.940 / 0.945 with 2 (the floors below); together, 1,200
# questions: 0.953 / 0.943 / 0.948. On the final engine of this round, after EW, EX, FA and FB
# were tuned on: EY 0.975 / 0.945 / 0.955, EZ 0.940 / 0.940 / 0.945; together 0.958 / 0.943 /
# 0.950. Of the 4 flagged then, 2 are real (a sheep's price, asked in Kazakh without its letters
# after a trust question, with the change in trust; "and the akimat, do people trust it?" with
# the police's 63 %) and 2 by the conventions (every seventh officer a bribe-taker, answered with
# what one in seven means; those not trusting at all, in Kazakh, answered with the 37 % of
# partly or not at all). The third real one at first, a breakdown by region asked without naming
# one, is answered with no figure now. EY and EZ were tuned on in the next round and are training
# data now (FLOORS).
# FE (mothers and grandmothers in an apartment block's house chat: chatty, forwarded messages, many
# follow-ups, stickers and emoji) and FF (office workers and IT people on a lunch break, and a few
# lecturers: terse, abbreviations, English words inside Russian and Kazakh, exact numeric and
# method follow-ups) were written beside FC and FD by two more writers with the same kit, held out
# before any score was seen, and never seen by any tuning. First reading, on the engine that ended
# the last round: FE 0.965 / 0.955 / 0.970 with 3 flagged, FF 0.955 / 0.925 / 0.980 with 2 (the
# floors below); together, 1,200 questions: 0.960 / 0.940 / 0.975. On the final engine of this
# round, after EY, EZ, FC and FD were tuned on: FE 0.975 / 0.955 / 0.975, FF 0.955 / 0.935 /
# 0.980; together 0.965 / 0.945 / 0.978. Of the 5 flagged, 2 are real (women's trust asked in
# Latin-typed Kazakh, «aielder qansha paiyz senedi», with the national 63 %; a long voice message
# asking for the Pavlodar region's level with the district inspectors' answer, which states only
# the source's date) and 3 by the conventions (the share of police taking bribes, "14 %?", in
# Russian and Kazakh, answered with what one in seven means; those not trusting at all "without
# the partly", in Kazakh, with the 37 % of partly or not at all).
HELD_OUT = {
    "AS": (SET_AS, {"ru": 0.94, "kk": 0.955, "en": 0.935}, 4),
    "AT": (SET_AT, {"ru": 0.92, "kk": 0.9, "en": 0.915}, 7),
    "AU": (SET_AU, {"ru": 0.95, "kk": 0.94, "en": 0.955}, 4),
    "AV": (SET_AV, {"ru": 0.97, "kk": 0.94, "en": 0.965}, 5),
    "AW": (SET_AW, {"ru": 0.945, "kk": 0.895, "en": 0.95}, 8),
    "AX": (SET_AX, {"ru": 0.955, "kk": 0.955, "en": 0.955}, 2),
    "AY": (SET_AY, {"ru": 0.97, "kk": 0.97, "en": 0.975}, 3),
    "AZ": (SET_AZ, {"ru": 0.96, "kk": 0.93, "en": 0.965}, 2),
    "BO": (SET_BO, {"ru": 0.92, "kk": 0.95, "en": 0.945}, 3),
    "BP": (SET_BP, {"ru": 0.88, "kk": 0.905, "en": 0.78}, 3),
    "BU": (SET_BU, {"ru": 0.895, "kk": 0.875, "en": 0.925}, 4),
    "BV": (SET_BV, {"ru": 0.97, "kk": 0.96, "en": 0.93}, 6),
    "EH": (SET_EH, {"ru": 0.97, "kk": 0.975, "en": 0.945}, 3),
    "EJ": (SET_EJ, {"ru": 0.945, "kk": 0.965, "en": 0.96}, 0),
    "FE": (SET_FE, {"ru": 0.965, "kk": 0.955, "en": 0.97}, 3),
    "FF": (SET_FF, {"ru": 0.955, "kk": 0.925, "en": 0.98}, 2),
}
ISSUE_FLOOR = 0.95


@pytest.fixture(scope="module", params=sorted(HELD_OUT))
def held_out(request: pytest.FixtureRequest, engine: QAEngine) -> tuple[str, list[BlindOutcome]]:
    return request.param, _outcomes(engine, HELD_OUT[request.param][0])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_held_out_set_keeps_its_first_score(
    held_out: tuple[str, list[BlindOutcome]], lang: str
) -> None:
    name, outcomes = held_out
    score = by(outcomes, "lang")[lang]
    assert score.accuracy >= HELD_OUT[name][1][lang], f"{name} {lang}: {score}"


# AT in English, Russian and Kazakh, AZ in Kazakh, AW in Kazakh, BJ in Kazakh, BO in English and
# in Russian, BV in English, BP in Russian (with DM's relative growth to one decimal) and BU in
# Russian (with DP's rules), BU in Kazakh (with DV's to DZ's), BU in English (with the rates and
# own counts of December 5) and BP in Kazakh (with the arithmetic, scope and wording rules of
# December 5) and EJ in Russian (with the rules of EL to EP) have reached 95 % since
# their first scores, by rules written for later sets or fixed after the score was recorded;
# their first scores stay the figure to report.
BELOW_THE_ISSUE_FLOOR = {
    ("BP", "en"),
    ("FF", "kk"),
}


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        pytest.param(
            name,
            lang,
            marks=pytest.mark.xfail(strict=True, reason=f"{name} {lang} below 95 % at first")
            if (name, lang) in BELOW_THE_ISSUE_FLOOR
            else (),
        )
        for name in sorted(HELD_OUT)
        for lang in LANGUAGES
    ],
)
def test_a_held_out_set_meets_the_issue_floor(engine: QAEngine, name: str, lang: str) -> None:
    score = by(_outcomes(engine, HELD_OUT[name][0]), "lang")[lang]
    assert score.accuracy >= ISSUE_FLOOR, f"{name} {lang}: {score}"


def test_a_held_out_set_states_no_more_false_figures_than_at_first(
    held_out: tuple[str, list[BlindOutcome]],
) -> None:
    name, outcomes = held_out
    assert sum(bool(o.false_figures) for o in outcomes) <= HELD_OUT[name][2]


@pytest.mark.xfail(
    strict=True, reason="4 to 8 flagged figures on each held-out set at first; the target is none"
)
def test_the_held_out_sets_state_no_false_figure(engine: QAEngine) -> None:
    outcomes = [o for path, _, _ in HELD_OUT.values() for o in _outcomes(engine, path)]
    assert [o.case.id for o in outcomes if o.false_figures] == []
