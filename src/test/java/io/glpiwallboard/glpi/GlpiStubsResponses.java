package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

final class GlpiStubsResponses {

	private GlpiStubsResponses() {
	}

	static ResponseDefinitionBuilder token(String access, String refresh, int expiresIn) {
		return okJson("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + access
				+ "\",\"refresh_token\":\"" + refresh + "\"}");
	}

}
