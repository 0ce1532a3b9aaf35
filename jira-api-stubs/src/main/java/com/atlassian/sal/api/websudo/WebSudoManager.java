// Source: ngannk-fptu/Decompiled-Files@e0c88ec (Platform 6: sal-api 5.1.4, CFR-decompiled)
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/websudo/WebSudoManager.java (public
// interface; boolean canExecuteRequest(HttpServletRequest); void
// enforceWebSudoProtection(HttpServletRequest, HttpServletResponse)). Provided by Jira's SAL plugin
// as a public component (turgaycelik/mysource@44f29e3, Jira 6.3.15,
// jira-sal-plugin/.../atlassian-plugin.xml:83-84 "salWebSudoManager").
package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Jira's secure administrator session ("websudo"): whether a request may go ahead without it. */
public interface WebSudoManager {
  boolean canExecuteRequest(HttpServletRequest request);

  void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
