// Source: sal-api 5.1.4 (Platform 6), CFR-decompiled in
// ngannk-fptu/Decompiled-Files@e0c88ec563272f9372f9fac81f0479cfda22f788
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/lifecycle/LifecycleAware.java (interface:
// void onStart(), void onStop())
package com.atlassian.sal.api.lifecycle;

/** Called by SAL once the application is set up, the plugin enabled and the framework started. */
public interface LifecycleAware {
  void onStart();

  void onStop();
}
