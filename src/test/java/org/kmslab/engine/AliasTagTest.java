package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DeleteAliasRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ListAliasesRequest;
import org.kmslab.engine.api.ListResourceTagsRequest;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.TagResourceRequest;
import org.kmslab.engine.api.UntagResourceRequest;
import org.kmslab.engine.api.UpdateAliasRequest;
import org.kmslab.engine.exception.AlreadyExistsException;
import org.kmslab.engine.exception.InvalidAliasNameException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.TagException;
import org.kmslab.engine.exception.ValidationException;

class AliasTagTest {

    private final Fixture f = new Fixture();

    @Test
    void an_alias_and_its_arn_name_the_key_everywhere_aws_accepts_them() {
        String keyId = f.symmetricKey();
        f.kms.createAlias(f.root, CreateAliasRequest.of("alias/payroll", keyId));
        String aliasArn = "arn:aws:kms:us-east-1:111122223333:alias/payroll";
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of("alias/payroll", new byte[] {1})).ciphertextBlob();
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob).withKeyId(aliasArn)).keyId()).isEqualTo(f.arn(keyId));
        var entry = f.kms.listAliases(f.root, ListAliasesRequest.forKey(keyId)).aliases().get(0);
        assertThat(entry.aliasArn()).isEqualTo(aliasArn);
        assertThat(entry.targetKeyId()).isEqualTo(keyId);
        assertThatThrownBy(() -> f.kms.createAlias(f.root, CreateAliasRequest.of("alias/payroll", keyId)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void alias_names_follow_aws_rules() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.createAlias(f.root, CreateAliasRequest.of("payroll", keyId)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("alias/");
        assertThatThrownBy(() -> f.kms.deleteAlias(f.root, DeleteAliasRequest.of("payroll")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.createAlias(f.root, CreateAliasRequest.of("alias/my:alias", keyId)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("^[a-zA-Z0-9/_-]+$");
        assertThatThrownBy(() -> f.kms.createAlias(f.root, CreateAliasRequest.of("alias/aws/mine", keyId)))
                .isInstanceOf(InvalidAliasNameException.class);
        assertThatThrownBy(() -> f.kms.createAlias(f.root, CreateAliasRequest.of("alias/with space", keyId)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of("alias/none", new byte[] {1})))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.");
    }

    @Test
    void update_alias_needs_a_key_of_the_same_type_and_delete_removes_it() {
        String a = f.symmetricKey();
        String b = f.symmetricKey();
        String rsa = f.key(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY);
        f.kms.createAlias(f.root, CreateAliasRequest.of("alias/app", a));
        f.kms.updateAlias(f.root, UpdateAliasRequest.of("alias/app", b));
        assertThat(f.kms.listAliases(f.root, ListAliasesRequest.of()).aliases().get(0).targetKeyId()).isEqualTo(b);
        assertThatThrownBy(() -> f.kms.updateAlias(f.root, UpdateAliasRequest.of("alias/app", rsa)))
                .isInstanceOf(ValidationException.class);
        f.kms.deleteAlias(f.root, DeleteAliasRequest.of("alias/app"));
        assertThat(f.kms.listAliases(f.root, ListAliasesRequest.of()).aliases())
                .allSatisfy(e -> assertThat(e.aliasName()).startsWith("alias/aws/"));
    }

    @Test
    void list_aliases_shows_the_predefined_aws_aliases_without_a_target() {
        String keyId = f.symmetricKey();
        f.kms.createAlias(f.root, CreateAliasRequest.of("alias/mine", keyId));
        var all = f.kms.listAliases(f.root, new ListAliasesRequest(null, 100, null)).aliases();
        assertThat(all.get(0).aliasName()).isEqualTo("alias/mine");
        var s3 = all.stream().filter(e -> e.aliasName().equals("alias/aws/s3")).findFirst().orElseThrow();
        assertThat(s3.targetKeyId()).isNull();
        assertThat(s3.aliasArn()).isEqualTo("arn:aws:kms:us-east-1:111122223333:alias/aws/s3");
        assertThat(f.kms.listAliases(f.root, ListAliasesRequest.forKey(keyId)).aliases()).hasSize(1);
    }

    @Test
    void aws_prefixed_tag_keys_are_refused_in_any_letter_case() {
        for (String k : List.of("aws:key1", "AWS:key1", "Aws:x")) {
            assertThatThrownBy(() -> f.kms.createKey(f.root, CreateKeyRequest.symmetric()
                    .withTags(List.of(Tag.of(k, "v")))))
                    .isInstanceOf(TagException.class).hasMessage("Tags beginning with aws: are reserved");
            String keyId = f.symmetricKey();
            assertThatThrownBy(() -> f.kms.tagResource(f.root, TagResourceRequest.of(keyId,
                    List.of(Tag.of(k, "v"))))).isInstanceOf(TagException.class);
        }
    }

    @Test
    void tags_are_added_overwritten_removed_and_limited() {
        String keyId = f.symmetricKey();
        f.kms.tagResource(f.root, TagResourceRequest.of(keyId, List.of(Tag.of("env", "dev"), Tag.of("team", "a"))));
        f.kms.tagResource(f.root, TagResourceRequest.of(keyId, List.of(Tag.of("env", "prod"))));
        f.kms.untagResource(f.root, UntagResourceRequest.of(keyId, List.of("team")));
        assertThat(f.kms.listResourceTags(f.root, ListResourceTagsRequest.of(keyId)).tags())
                .containsExactly(Tag.of("env", "prod"));
        List<Tag> many = java.util.stream.IntStream.range(0, 50).mapToObj(i -> Tag.of("k" + i, "v")).toList();
        assertThatThrownBy(() -> f.kms.tagResource(f.root, TagResourceRequest.of(keyId, many)))
                .isInstanceOf(TagException.class);
        assertThatThrownBy(() -> f.kms.tagResource(f.root, TagResourceRequest.of(keyId,
                List.of(Tag.of("x".repeat(129), "v"))))).isInstanceOf(ValidationException.class);
    }
}
