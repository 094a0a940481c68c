package org.kmslab.sandbox.console;

import java.util.List;
import java.util.Set;
import org.kmslab.sandbox.services.ServiceException;
import org.kmslab.sandbox.services.SimulatedEbs;
import org.kmslab.sandbox.services.SimulatedEbs.AttachmentInfo;
import org.kmslab.sandbox.services.SimulatedEbs.VolumeInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code aws ec2} for EBS volumes: create-volume, attach-volume, detach-volume, describe-volumes, delete-volume.
 * There are no simulated instances: any instance id of the form {@code i-...} is accepted. Options the simulation
 * does not need are ignored, so commands copied from AWS documentation still run.
 */
final class Ec2Commands implements CommandFamily {

    private static final CliArgs.Spec SPEC = CliArgs.Spec.of(Set.of("encrypted", "dry-run", "force",
            "multi-attach-enabled"), Set.of("volume-ids", "tag-specifications", "filters"));

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        CliArgs args;
        try {
            args = CliArgs.parse("aws ec2", words, SPEC).maxPositionals(0);
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
        String operation = AwsCliParser.pascal(args.command());
        SimulatedEbs ebs = session.services().ebs();
        try {
            return switch (args.command()) {
                case "create-volume" -> Output.json(line, operation, volume(ebs.createVolume(
                        session.caller(args.profile()), session.region(args.region()), args.requiredInt("size"),
                        args.required("availability-zone"), args.flag("encrypted"), args.value("kms-key-id"),
                        args.value("volume-type"))), args);
                case "attach-volume" -> Output.json(line, operation, attachment(ebs.attachVolume(
                        session.caller(args.profile()), args.required("volume-id"), args.required("instance-id"),
                        args.required("device"))), args);
                case "detach-volume" -> Output.json(line, operation,
                        attachment(ebs.detachVolume(args.required("volume-id"))), args);
                case "describe-volumes" -> {
                    ObjectNode result = Output.object();
                    ArrayNode volumes = result.putArray("Volumes");
                    ebs.describeVolumes(args.list("volume-ids")).forEach(v -> volumes.add(volume(v)));
                    yield Output.json(line, operation, result, args);
                }
                case "delete-volume" -> {
                    ebs.deleteVolume(args.required("volume-id"));
                    yield new ConsoleResult(line, operation, "", Output.object(), null, null);
                }
                default -> throw new CliSyntaxException("aws ec2: argument operation: Invalid choice: '"
                        + args.command() + "'. This console supports: create-volume, attach-volume, detach-volume, "
                        + "describe-volumes, delete-volume.");
            };
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        } catch (ServiceException e) {
            return Output.error(line, operation, e.code(), e.getMessage());
        }
    }

    /** A volume as CreateVolume and DescribeVolumes show it. */
    static ObjectNode volume(VolumeInfo v) {
        ObjectNode o = Output.object();
        ArrayNode attachments = o.putArray("Attachments");
        v.attachments().forEach(a -> attachments.add(attachment(a).put("DeleteOnTermination", false)));
        o.put("AvailabilityZone", v.availabilityZone());
        o.put("CreateTime", S3Commands.iso(v.createTime()).replace("+00:00", ".000Z"));
        o.put("Encrypted", v.encrypted());
        if (v.kmsKeyArn() != null) {
            o.put("KmsKeyId", v.kmsKeyArn());
        }
        o.put("Size", v.size());
        o.put("SnapshotId", "");
        o.put("State", v.state());
        o.put("VolumeId", v.volumeId());
        o.put("Iops", 3000);
        o.put("VolumeType", v.volumeType());
        o.put("MultiAttachEnabled", false);
        o.put("Throughput", 125);
        return o;
    }

    static ObjectNode attachment(AttachmentInfo a) {
        ObjectNode o = Output.object();
        o.put("AttachTime", a.attachTime() == null ? null : S3Commands.iso(a.attachTime()).replace("+00:00", ".000Z"));
        o.put("Device", a.device());
        o.put("InstanceId", a.instanceId());
        o.put("State", a.state());
        o.put("VolumeId", a.volumeId());
        return o;
    }
}
