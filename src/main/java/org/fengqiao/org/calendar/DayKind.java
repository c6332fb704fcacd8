package org.fengqiao.org.calendar;

/** What a notice says about a date: a public holiday (休), or a weekend day worked in exchange (调休上班). */
public enum DayKind { HOLIDAY, WORKDAY }
