package org.fengqiao.org;

/** Kinds of unit that receive and handle cases. */
public enum UnitKind { POLICE_STATION, DEPARTMENT, COMMAND_ROOM, ASSOCIATION, PROPERTY_COMPANY, COMMUNITY_OFFICE }
