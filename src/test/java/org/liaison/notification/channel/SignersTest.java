package org.liaison.notification.channel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The providers' signatures against the examples they publish, and the webhook's HMAC. */
class SignersTest {

    /** Tencent Cloud's signature v3 example (CVM DescribeInstances, 2019-02-25), with its key as the page prints it. */
    private static final String TENCENT_PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void tencentMatchesThePublishedExample() {
        String canonical = Tc3Signer.canonicalRequest("cvm.tencentcloudapi.com", TENCENT_PAYLOAD);
        assertThat(canonical).endsWith("\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        String toSign = Tc3Signer.stringToSign("cvm", 1551113065L, canonical);
        assertThat(toSign).isEqualTo("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(Tc3Signer.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******",
                "cvm", "cvm.tencentcloudapi.com", 1551113065L, TENCENT_PAYLOAD))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                        + "SignedHeaders=content-type;host, "
                        + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    /** Alibaba Cloud SMS's signature example (SendSms, 2017-07-12). */
    @Test
    void aliyunMatchesThePublishedExample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");
        assertThat(AliyunSigner.stringToSign("GET", parameters)).isEqualTo("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms"
                + "%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D"
                + "%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF"
                + "%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-"
                + "4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D"
                + "%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version"
                + "%3D2017-05-25");
        assertThat(AliyunSigner.signature("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void webhookSignsTheExactBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookChannel.signature("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
