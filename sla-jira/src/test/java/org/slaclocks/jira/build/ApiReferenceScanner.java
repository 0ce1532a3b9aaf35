package org.slaclocks.jira.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Lists every {@code com/atlassian/**} type and member that compiled classes reference: supertypes,
 * annotations, types in signatures and instructions, method calls with their invoke kind and erased
 * descriptor (what the JVM links by), field accesses, and method handles of lambdas and method
 * references.
 */
final class ApiReferenceScanner {
  private static final String PREFIX = "com/atlassian/";
  private final Set<ApiReference> found = new TreeSet<>(ApiReferenceScanner::compare);

  private static int compare(ApiReference a, ApiReference b) {
    return (a.owner() + " " + a.kind() + " " + a.member() + a.descriptor())
        .compareTo(b.owner() + " " + b.kind() + " " + b.member() + b.descriptor());
  }

  static Set<ApiReference> scan(List<Path> classDirectories) throws IOException {
    ApiReferenceScanner scanner = new ApiReferenceScanner();
    List<Path> files = new ArrayList<>();
    for (Path classes : classDirectories) {
      if (!Files.isDirectory(classes)) {
        throw new IOException(classes + " is missing: build the whole project (mvn verify)");
      }
      try (Stream<Path> walk = Files.walk(classes)) {
        walk.filter(p -> p.toString().endsWith(".class")).sorted().forEach(files::add);
      }
    }
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        new ClassReader(in).accept(scanner.new Visitor(), ClassReader.SKIP_FRAMES);
      }
    }
    return scanner.found;
  }

  private void type(String internalName) {
    if (internalName != null && internalName.startsWith(PREFIX)) {
      found.add(ApiReference.type(internalName));
    }
  }

  private void descriptor(String descriptor) {
    Type type = Type.getType(descriptor);
    if (type.getSort() == Type.METHOD) {
      descriptor(type.getReturnType().getDescriptor());
      for (Type argument : type.getArgumentTypes()) {
        descriptor(argument.getDescriptor());
      }
    } else if (type.getSort() == Type.ARRAY) {
      descriptor(type.getElementType().getDescriptor());
    } else if (type.getSort() == Type.OBJECT) {
      type(type.getInternalName());
    }
  }

  private void member(String owner, String kind, String name, String descriptor) {
    if (owner.startsWith(PREFIX)) {
      type(owner);
      found.add(new ApiReference(owner, kind, name, descriptor));
    }
    descriptor(descriptor);
  }

  private void handle(Handle handle) {
    String kind =
        switch (handle.getTag()) {
          case Opcodes.H_INVOKEINTERFACE -> "interface method";
          case Opcodes.H_INVOKESTATIC ->
              handle.isInterface() ? "static interface method" : "static method";
          case Opcodes.H_NEWINVOKESPECIAL -> "constructor";
          case Opcodes.H_GETFIELD, Opcodes.H_PUTFIELD -> "field";
          case Opcodes.H_GETSTATIC, Opcodes.H_PUTSTATIC -> "static field";
          default -> "method";
        };
    member(handle.getOwner(), kind, handle.getName(), handle.getDesc());
  }

  private final class Visitor extends ClassVisitor {
    Visitor() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      type(superName);
      if (interfaces != null) {
        for (String i : interfaces) {
          type(i);
        }
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      descriptor(descriptor);
      return null;
    }

    @Override
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      descriptor(descriptor);
      return null;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      descriptor(descriptor);
      if (exceptions != null) {
        for (String e : exceptions) {
          type(e);
        }
      }
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          descriptor(annotation);
          return null;
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String name, String desc, boolean isInterface) {
          String kind =
              switch (opcode) {
                case Opcodes.INVOKEINTERFACE -> "interface method";
                case Opcodes.INVOKESTATIC ->
                    isInterface ? "static interface method" : "static method";
                case Opcodes.INVOKESPECIAL -> name.equals("<init>") ? "constructor" : "method";
                default -> "method";
              };
          if (owner.startsWith("[")) {
            descriptor(owner);
            return;
          }
          member(owner, kind, name, desc);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
          boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
          member(owner, isStatic ? "static field" : "field", name, desc);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          if (type.startsWith("[")) {
            descriptor(type);
          } else {
            type(type);
          }
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof Type type) {
            descriptor(type.getDescriptor());
          } else if (value instanceof Handle handle) {
            handle(handle);
          }
        }

        @Override
        public void visitInvokeDynamicInsn(
            String name, String desc, Handle bootstrap, Object... arguments) {
          descriptor(desc);
          for (Object argument : arguments) {
            if (argument instanceof Handle handle) {
              handle(handle);
            } else if (argument instanceof Type type) {
              descriptor(type.getDescriptor());
            }
          }
        }

        @Override
        public void visitTryCatchBlock(
            org.objectweb.asm.Label start,
            org.objectweb.asm.Label end,
            org.objectweb.asm.Label handler,
            String type) {
          type(type);
        }

        @Override
        public void visitLocalVariable(
            String name,
            String desc,
            String signature,
            org.objectweb.asm.Label start,
            org.objectweb.asm.Label end,
            int index) {
          descriptor(desc);
        }
      };
    }
  }
}
