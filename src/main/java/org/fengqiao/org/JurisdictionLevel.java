package org.fengqiao.org;

/** The four levels of the jurisdiction tree. */
public enum JurisdictionLevel { DISTRICT, TOWN, COMMUNITY, GRID }
