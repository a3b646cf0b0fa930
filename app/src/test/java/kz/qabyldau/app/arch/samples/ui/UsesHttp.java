package kz.qabyldau.app.arch.samples.ui;

import java.net.http.HttpClient;

/** Wrong on purpose: a view that calls the central service itself. */
public class UsesHttp {
    final HttpClient client = HttpClient.newHttpClient();
}
